package no.ordna.cms.syndication.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.publishing.domain.Snapshot;
import no.ordna.cms.syndication.domain.AtomFeed;
import no.ordna.cms.syndication.domain.FeedRequest;
import no.ordna.cms.syndication.domain.UrlPattern;

/**
 * Assembles the Atom feed of a type from its newest published snapshots (already in the best locale
 * each item has). The feed's id is a name-based UUID of front end, type and locale, so it stays the
 * same across restarts and instances; its title is the type's name in the reader's locale (else
 * along the fallback chain, else any). Each entry links to the item's front-end URL, or — when the
 * type has no usable URL pattern — to the item in the delivery API; its summary is the item's first
 * plain-text field among {@link #SUMMARY_FIELDS}, if any.
 */
final class FeedBuilder {

  /** Fields that, when a type has them as plain text, summarise an item, in order of preference. */
  static final List<String> SUMMARY_FIELDS = List.of("lead", "intro");

  private final String frontendBaseUrl;
  private final String apiBaseUrl;
  private final String author;

  FeedBuilder(String frontendBaseUrl, String apiBaseUrl, String author) {
    this.frontendBaseUrl = frontendBaseUrl;
    this.apiBaseUrl = apiBaseUrl;
    this.author = author;
  }

  AtomFeed feed(
      FeedRequest request,
      TypeDefinition type,
      List<String> chain,
      List<Snapshot> items,
      Instant typeUpdatedAt) {
    Optional<UrlPattern> pattern = UrlPattern.parse(type.urlPattern());
    List<AtomFeed.Entry> entries = new ArrayList<>();
    Instant updated = null;
    for (Snapshot item : items) {
      entries.add(entry(request, type, pattern, item));
      updated =
          updated == null || item.publishedAt().isAfter(updated) ? item.publishedAt() : updated;
    }
    return new AtomFeed(
        feedId(type.key(), request.locale().value()),
        title(type, chain),
        request.locale().value(),
        updated == null ? typeUpdatedAt : updated,
        author,
        request.selfHref(apiBaseUrl),
        pattern
            .map(p -> p.section(frontendBaseUrl, type.key(), request.locale().value()))
            .orElse(frontendBaseUrl + "/"),
        entries);
  }

  String feedId(String typeKey, String locale) {
    String name = "ordna-cms feed " + frontendBaseUrl + " " + typeKey + " " + locale;
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  private AtomFeed.Entry entry(
      FeedRequest request, TypeDefinition type, Optional<UrlPattern> pattern, Snapshot item) {
    String href =
        pattern
            .map(
                p ->
                    p.expand(
                        frontendBaseUrl, type.key(), item.itemId(), item.locale(), item.slug()))
            .orElseGet(
                () ->
                    UrlPattern.trimSlash(apiBaseUrl)
                        + "/content/"
                        + type.key()
                        + "/"
                        + item.itemId()
                        + "?locale="
                        + item.locale());
    String title =
        item.title() != null && !item.title().isBlank()
            ? item.title()
            : item.slug() != null ? item.slug() : item.itemId();
    return new AtomFeed.Entry(
        "urn:uuid:" + item.itemId(),
        title,
        item.locale(),
        item.publishedAt(),
        item.sortDate(),
        href,
        pattern.isPresent() ? "text/html" : "application/json",
        summary(type, item.document()));
  }

  static String summary(TypeDefinition type, JsonObject document) {
    JsonObject fields = document.getJsonObject("fields");
    if (fields == null) {
      return null;
    }
    for (String key : SUMMARY_FIELDS) {
      boolean text = type.field(key).map(f -> f.type() == FieldType.TEXT).orElse(false);
      JsonValue value = fields.get(key);
      if (text && value instanceof JsonString string && !string.getString().isBlank()) {
        return string.getString();
      }
    }
    return null;
  }

  /** The type's name in the first locale of the chain that has one, else any, else its key. */
  static String title(TypeDefinition type, List<String> chain) {
    Map<String, String> names = type.name();
    for (String locale : chain) {
      if (names.containsKey(locale)) {
        return names.get(locale);
      }
    }
    if (names.containsKey("nb")) {
      return names.get("nb");
    }
    return names.keySet().stream().sorted().findFirst().map(names::get).orElse(type.key());
  }
}
