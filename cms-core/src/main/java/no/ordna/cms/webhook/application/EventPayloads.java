package no.ordna.cms.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.persistence.ContentRepository;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.delivery.application.PurgeKeys;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.platform.address.PublicAddress;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.domain.PublicationChange;
import no.ordna.cms.publishing.domain.Snapshot;
import no.ordna.cms.publishing.persistence.SnapshotRepository;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.syndication.application.SyndicationSettings;
import no.ordna.cms.syndication.domain.UrlPattern;
import no.ordna.cms.webhook.domain.EventType;

/**
 * What each event says, built inside the transaction of the change from the state it leaves: the
 * item, its type, locale, slug and title, and the URLs the change affects — its delivery paths, the
 * lists and feeds it appears in (in its locale and every locale that falls back to it), the
 * sitemap, and its front-end URL from the type's URL pattern — with the surrogate keys to
 * revalidate.
 */
@ApplicationScoped
class EventPayloads {

  /** At most this many published uses are listed in an asset event. */
  static final int MAX_ASSET_USES = 100;

  @Inject ContentRepository content;
  @Inject ContentTypeService types;
  @Inject SnapshotRepository snapshots;
  @Inject LocaleService locales;
  @Inject PublicAddress address;
  @Inject SyndicationSettings syndication;

  /** The event a publication change raises, if any (a purge of a trashed item raises none). */
  Optional<OutboxDraft> of(PublicationChange change) {
    List<String> keys = PurgeKeys.of(change);
    return switch (change.action()) {
      case PUBLISHED -> item(EventType.CONTENT_PUBLISHED, change, keys);
      case UNPUBLISHED -> item(EventType.CONTENT_UNPUBLISHED, change, keys);
      case DELETED -> Optional.empty();
      case TYPE_CHANGED -> Optional.of(typeChanged(change.typeKey(), keys));
      case ASSET_CHANGED -> Optional.of(assetChanged(change.itemId(), keys));
      case LOCALES_CHANGED -> Optional.of(localesChanged(keys));
    };
  }

  private Optional<OutboxDraft> item(EventType type, PublicationChange change, List<String> keys) {
    return content
        .findAny(change.itemId())
        .map(item -> itemEvent(type, item, change.locale(), keys, Optional.empty()));
  }

  /** An event about a whole item (deleted, restored): each variant with its slug and URL. */
  Optional<OutboxDraft> wholeItem(EventType type, String itemId, boolean changesPublished) {
    return content
        .findAny(itemId)
        .map(
            item ->
                itemEvent(
                    type,
                    item,
                    null,
                    changesPublished ? itemKeys(item) : List.of(),
                    Optional.empty()));
  }

  /** A translation became outdated: nothing published changed, so nothing to purge. */
  Optional<OutboxDraft> translationOutdated(String itemId, String locale, String sourceLocale) {
    return content
        .findAny(itemId)
        .map(
            item ->
                itemEvent(
                    EventType.TRANSLATION_OUTDATED,
                    item,
                    locale,
                    List.of(),
                    Optional.of(sourceLocale)));
  }

  private static List<String> itemKeys(ContentItem item) {
    return List.of("item:" + item.id(), "type:" + item.typeKey(), "sitemap");
  }

  private OutboxDraft itemEvent(
      EventType type,
      ContentItem item,
      String locale,
      List<String> keys,
      Optional<String> sourceLocale) {
    Optional<TypeDefinition> definition = types.definition(TypeKind.CONTENT, item.type());
    JsonObjectBuilder data =
        Jsons.createObjectBuilder().add("itemId", item.id()).add("type", item.typeKey());
    if (locale == null) {
      data.addNull("locale").addNull("slug");
      JsonArrayBuilder variants = Jsons.createArrayBuilder();
      for (ContentVariant variant : item.variants()) {
        JsonObjectBuilder one = Jsons.createObjectBuilder().add("locale", variant.locale());
        addText(one, "slug", variant.slug());
        addText(one, "title", variant.title());
        addText(one, "frontendUrl", frontendUrl(definition, item, variant).orElse(null));
        variants.add(one);
      }
      data.add("variants", variants);
    } else {
      Optional<ContentVariant> variant = item.variant(locale);
      data.add("locale", locale);
      addText(data, "slug", variant.map(ContentVariant::slug).orElse(null));
      addText(data, "title", variant.map(ContentVariant::title).orElse(null));
      sourceLocale.ifPresent(source -> data.add("sourceLocale", source));
      if (type == EventType.CONTENT_PUBLISHED && variant.isPresent()) {
        data.add("revision", variant.get().publishedRevision());
      }
      data.add("urls", urls(definition, item, locale, variant));
    }
    data.add("surrogateKeys", Jsons.createArrayBuilder(keys));
    return new OutboxDraft(
        type, "item:" + item.id(), Set.of(item.typeKey()), locale, data.build(), keys);
  }

  private JsonObject urls(
      Optional<TypeDefinition> definition,
      ContentItem item,
      String locale,
      Optional<ContentVariant> variant) {
    String type = encode(item.typeKey());
    String api = address.apiBaseUrl();
    JsonArrayBuilder delivery =
        Jsons.createArrayBuilder()
            .add(api + "/content/" + type + "/" + item.id() + "?locale=" + encode(locale));
    variant
        .map(ContentVariant::slug)
        .filter(slug -> slug != null && !slug.isEmpty())
        .ifPresent(
            slug ->
                delivery.add(
                    api + "/content/" + type + "/" + encode(slug) + "?locale=" + encode(locale)));
    JsonArrayBuilder lists = Jsons.createArrayBuilder();
    JsonArrayBuilder feeds = Jsons.createArrayBuilder();
    for (String reader : readersOf(locale)) {
      lists.add(api + "/content/" + type + "?locale=" + encode(reader));
      feeds.add(api + "/content/" + type + "/feed.atom?locale=" + encode(reader));
    }
    JsonObjectBuilder urls =
        Jsons.createObjectBuilder()
            .add("delivery", delivery)
            .add("lists", lists)
            .add("feeds", feeds)
            .add("sitemap", address.baseUrl() + "/sitemap.xml");
    addText(urls, "frontend", variant.flatMap(v -> frontendUrl(definition, item, v)).orElse(null));
    return urls.build();
  }

  /**
   * The locales whose readers see content of {@code locale}: itself and those falling back to it.
   */
  private Set<String> readersOf(String locale) {
    LocaleSettings settings = locales.settings();
    Set<String> readers = new LinkedHashSet<>();
    readers.add(locale);
    for (String reader : settings.locales()) {
      if (settings.resolutionOrder(reader).contains(locale)) {
        readers.add(reader);
      }
    }
    return readers;
  }

  private Optional<String> frontendUrl(
      Optional<TypeDefinition> definition, ContentItem item, ContentVariant variant) {
    return definition
        .map(TypeDefinition::urlPattern)
        .flatMap(UrlPattern::parse)
        .map(
            pattern ->
                pattern.expand(
                    syndication.frontendBaseUrl(),
                    item.typeKey(),
                    item.id(),
                    variant.locale(),
                    variant.slug()));
  }

  private OutboxDraft typeChanged(String typeKey, List<String> keys) {
    String api = address.apiBaseUrl();
    String type = encode(typeKey);
    JsonArrayBuilder lists = Jsons.createArrayBuilder();
    locales.settings().locales().forEach(l -> lists.add(api + "/content/" + type + "?locale=" + l));
    JsonObject data =
        Jsons.createObjectBuilder()
            .add("type", typeKey)
            .add(
                "urls",
                Jsons.createObjectBuilder()
                    .add("schema", api + "/content-types/" + type + "/schema")
                    .add("lists", lists))
            .add("surrogateKeys", Jsons.createArrayBuilder(keys))
            .build();
    return new OutboxDraft(
        EventType.CONTENT_TYPE_CHANGED, "type:" + typeKey, Set.of(typeKey), null, data, keys);
  }

  private OutboxDraft assetChanged(String assetId, List<String> keys) {
    List<Snapshot> uses = snapshots.usingAsset(Channel.PUBLISHED, assetId);
    JsonArrayBuilder usedBy = Jsons.createArrayBuilder();
    uses.stream()
        .limit(MAX_ASSET_USES)
        .forEach(
            s ->
                usedBy.add(
                    Jsons.createObjectBuilder()
                        .add("itemId", s.itemId())
                        .add("type", s.typeKey())
                        .add("locale", s.locale())));
    JsonObject data =
        Jsons.createObjectBuilder()
            .add("assetId", assetId)
            .add("usedBy", usedBy)
            .add("surrogateKeys", Jsons.createArrayBuilder(keys))
            .build();
    Set<String> typeKeys = new LinkedHashSet<>(snapshots.typesUsingAsset(assetId));
    return new OutboxDraft(EventType.ASSET_CHANGED, "asset:" + assetId, typeKeys, null, data, keys);
  }

  private OutboxDraft localesChanged(List<String> keys) {
    LocaleSettings settings = locales.settings();
    JsonObject data =
        Jsons.createObjectBuilder()
            .add("locales", Jsons.createArrayBuilder(settings.locales()))
            .add("default", settings.defaultLocale())
            .add("surrogateKeys", Jsons.createArrayBuilder(keys))
            .build();
    return new OutboxDraft(EventType.LOCALES_CHANGED, "locales", Set.of(), null, data, keys);
  }

  private static void addText(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
