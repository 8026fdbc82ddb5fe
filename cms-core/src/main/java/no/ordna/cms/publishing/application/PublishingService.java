package no.ordna.cms.publishing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ordna.cms.content.domain.ContentDeleted;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentSaved;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.VariantStatus;
import no.ordna.cms.content.persistence.ContentRepository;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.application.TypeDefinitionChecks;
import no.ordna.cms.contenttype.domain.AssetUses;
import no.ordna.cms.contenttype.domain.TypeChanged;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.localization.domain.LocalesChanged;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.domain.PublicationChange;
import no.ordna.cms.publishing.domain.SnapshotBuilder;
import no.ordna.cms.publishing.domain.SnapshotContent;
import no.ordna.cms.publishing.persistence.SnapshotRepository;
import no.ordna.cms.shared.ConflictException;
import no.ordna.cms.shared.Jsons;

/**
 * Makes and removes snapshots: the published one when a locale is published or unpublished, the
 * preview one whenever a variant is saved. Every change of what is published is logged with its
 * sequence number and announced (observers may wait for the commit) as a {@link PublicationChange}.
 *
 * <p>Alt-text rule: a locale is published only when every image it shows has an alt text in that
 * very locale — the asset's own, or one the content gives beside it (an image block's {@code alt},
 * a field's {@code <field>Alt}). Fallback locales do not count: a reader of the locale gets text in
 * their language from its first publication on.
 */
@ApplicationScoped
@Transactional
public class PublishingService {

  @Inject SnapshotRepository snapshots;
  @Inject ContentRepository content;
  @Inject ContentTypeService types;
  @Inject TypeDefinitionChecks checks;
  @Inject Event<PublicationChange> changes;
  @Inject Clock clock;
  @Inject AltTexts altTexts;

  /** The members of a snapshot's document that say when, not what, was published. */
  private static final List<String> TIMES =
      List.of("publishedAt", "firstPublishedAt", "publishDate");

  /** Publishes the variant's current revision; returns the variant. */
  public ContentVariant publish(ContentItem item, String locale, String by) {
    List<AssetUses.Use> missing = imagesWithoutAlt(item, locale);
    if (!missing.isEmpty()) {
      throw new ConflictException(
          "alt-text-missing",
          missing.size()
              + " image(s) have no alt text in "
              + locale
              + "; give the asset an alt text in that locale (or the content one beside the image)"
              + " before publishing",
          Map.of(
              "images",
              missing.stream()
                  .map(u -> Map.of("path", u.path(), "assetId", u.assetId()))
                  .toList()));
    }
    Instant now = clock.instant();
    ContentVariant variant = item.publish(locale, by, now);
    snapshots.replace(Channel.PUBLISHED, build(item, variant, now));
    announce(item.id(), item.typeKey(), locale, PublicationChange.Action.PUBLISHED, now);
    return variant;
  }

  /**
   * Whether publishing the variant now would change nothing front ends see: it is published at its
   * current revision and its published snapshot holds what a new one would (the item's shared
   * values and the type's fields included). Only the times of publication are left out of the
   * comparison, since they are what a repeated publish would merely move.
   */
  public boolean isPublishedAsItStands(ContentItem item, ContentVariant variant) {
    if (variant.status() != VariantStatus.PUBLISHED
        || !Integer.valueOf(variant.revision()).equals(variant.publishedRevision())) {
      return false;
    }
    return snapshots
        .find(Channel.PUBLISHED, item.id(), variant.locale())
        .map(
            published ->
                withoutTimes(published.document())
                    .equals(withoutTimes(build(item, variant, clock.instant()).document())))
        .orElse(false);
  }

  private static JsonObject withoutTimes(JsonObject document) {
    JsonObjectBuilder rest = Jsons.createObjectBuilder(document);
    TIMES.forEach(rest::remove);
    return rest.build();
  }

  /** Takes the locale off the published channel; the variant and its history stay. */
  public ContentVariant unpublish(ContentItem item, String locale, String by) {
    Instant now = clock.instant();
    ContentVariant variant = item.unpublish(locale, by, now);
    snapshots.delete(Channel.PUBLISHED, variant.id());
    announce(item.id(), item.typeKey(), locale, PublicationChange.Action.UNPUBLISHED, now);
    return variant;
  }

  /** The images the variant's current values show without an alt text in its locale. */
  public List<AssetUses.Use> imagesWithoutAlt(ContentItem item, String locale) {
    ContentVariant variant = item.variant(locale).orElseThrow();
    TypeDefinition type = types.get(TypeKind.CONTENT, item.type()).definition();
    List<AssetUses.Use> uses =
        new AssetUses(checks::blockType)
                .uses(
                    type,
                    build(item, variant, clock.instant()).document().getJsonObject("fields"),
                    "fields")
                .stream()
                .filter(u -> !u.altGiven())
                .toList();
    if (uses.isEmpty()) {
      return List.of();
    }
    Set<String> lacking =
        altTexts.imagesWithoutAlt(uses.stream().map(AssetUses.Use::assetId).toList(), locale);
    return uses.stream().filter(u -> lacking.contains(u.assetId())).toList();
  }

  /** Announces that an asset changed, so every instance drops the answers that show it. */
  public void assetChanged(String assetId) {
    announce(assetId, "", null, PublicationChange.Action.ASSET_CHANGED, clock.instant());
  }

  void onSaved(@Observes ContentSaved saved) {
    content
        .find(saved.itemId())
        .ifPresent(
            item ->
                item.variants().stream()
                    .filter(v -> saved.locale() == null || v.locale().equals(saved.locale()))
                    .forEach(
                        v -> snapshots.replace(Channel.PREVIEW, build(item, v, v.updatedAt()))));
  }

  void onDeleted(@Observes ContentDeleted deleted) {
    announce(
        deleted.itemId(),
        deleted.typeKey(),
        null,
        PublicationChange.Action.DELETED,
        clock.instant());
  }

  void onLocalesChanged(@Observes LocalesChanged changed) {
    announce("", "", null, PublicationChange.Action.LOCALES_CHANGED, clock.instant());
  }

  void onTypeChanged(@Observes TypeChanged changed) {
    announce("", changed.typeKey(), null, PublicationChange.Action.TYPE_CHANGED, clock.instant());
  }

  private void announce(
      String itemId, String typeKey, String locale, PublicationChange.Action action, Instant now) {
    PublicationChange change = new PublicationChange(itemId, typeKey, locale, action, 0);
    long seq = snapshots.log(change, now);
    changes.fire(new PublicationChange(itemId, typeKey, locale, action, seq));
  }

  private SnapshotContent build(ContentItem item, ContentVariant variant, Instant publishedAt) {
    TypeDefinition type = types.get(TypeKind.CONTENT, item.type()).definition();
    Instant first = variant.firstPublishedAt() == null ? publishedAt : variant.firstPublishedAt();
    SnapshotBuilder.Source source =
        new SnapshotBuilder.Source(
            variant.id(),
            item.id(),
            variant.locale(),
            variant.slug(),
            variant.title(),
            variant.revision(),
            variant.fields(),
            item.sharedFields(),
            publishedAt,
            first);
    return new SnapshotBuilder(checks::blockType).build(type, source);
  }
}
