package no.ordna.cms.publishing.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.ordna.cms.contenttype.domain.AssetUses;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.References;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.localization.text.Collation;
import no.ordna.cms.shared.Jsons;

/**
 * Builds a snapshot's content from a variant: merges the item's shared values with the variant's
 * localized ones (in the type's field order), and derives the index rows for filters, the set of
 * referenced items and used assets, the title's sort key, and the date lists sort by ({@code
 * publishDate} when the type has such a date field and it is set, else the first publication).
 */
public final class SnapshotBuilder {

  /** The field that, when a type has it, gives an item's publish date for sorting and feeds. */
  public static final String PUBLISH_DATE_FIELD = "publishDate";

  private static final int MAX_INDEXED_TEXT = 255;

  private final Function<String, Optional<TypeDefinition>> blockTypes;

  public SnapshotBuilder(Function<String, Optional<TypeDefinition>> blockTypes) {
    this.blockTypes = blockTypes;
  }

  /** The source of a snapshot: one variant's state, as saved. */
  public record Source(
      String variantId,
      String itemId,
      String locale,
      String slug,
      String title,
      int revision,
      JsonObject localized,
      JsonObject shared,
      Instant publishedAt,
      Instant firstPublishedAt) {}

  public SnapshotContent build(TypeDefinition type, Source source) {
    JsonObjectBuilder merged = Jsons.createObjectBuilder();
    List<IndexValue> index = new ArrayList<>();
    Set<String> references = new LinkedHashSet<>();
    for (FieldDefinition field : type.fields()) {
      JsonValue value =
          field.localized()
              ? source.localized().get(field.key())
              : source.shared().get(field.key());
      if (value == null || value == JsonValue.NULL) {
        continue;
      }
      merged.add(field.key(), value);
      index(field, field.type(), value, index);
    }
    JsonObject fields = merged.build();
    references.addAll(new References(blockTypes).collect(type, fields));
    Instant sortDate = publishDate(type, fields).orElse(source.firstPublishedAt());
    JsonObjectBuilder document =
        Jsons.createObjectBuilder()
            .add("id", source.itemId())
            .add("type", type.key())
            .add("locale", source.locale());
    if (source.slug() != null) {
      document.add("slug", source.slug());
    }
    if (source.title() != null) {
      document.add("title", source.title());
    }
    document
        .add("revision", source.revision())
        .add("publishedAt", source.publishedAt().toString())
        .add("firstPublishedAt", source.firstPublishedAt().toString())
        .add("publishDate", sortDate.toString())
        .add("fields", fields);
    return new SnapshotContent(
        source.variantId(),
        source.itemId(),
        type.key(),
        source.locale(),
        source.slug(),
        source.title(),
        Collation.sortKey(source.locale(), source.title()),
        sortDate,
        source.publishedAt(),
        source.firstPublishedAt(),
        source.revision(),
        document.build(),
        index,
        references,
        new AssetUses(blockTypes).ids(type, fields));
  }

  private static Optional<Instant> publishDate(TypeDefinition type, JsonObject fields) {
    return type.field(PUBLISH_DATE_FIELD)
        .filter(f -> f.type() == FieldType.DATE_TIME || f.type() == FieldType.DATE)
        .map(f -> fields.get(f.key()))
        .flatMap(SnapshotBuilder::time);
  }

  private static void index(
      FieldDefinition field, FieldType type, JsonValue value, List<IndexValue> into) {
    String key = field.key();
    if (value instanceof JsonArray values
        && (type == FieldType.REFERENCE || type == FieldType.ASSET)) {
      // "multiple": each id filters like an element of a list
      values.forEach(v -> index(field, type, v, into));
      return;
    }
    switch (type) {
      case TEXT, SLUG, URL, REFERENCE, ASSET -> {
        String text = ((JsonString) value).getString();
        if (text.length() <= MAX_INDEXED_TEXT) {
          into.add(new IndexValue(key, text, null, null));
        }
      }
      case NUMBER -> into.add(new IndexValue(key, null, ((JsonNumber) value).doubleValue(), null));
      case BOOLEAN ->
          into.add(new IndexValue(key, Boolean.toString(value == JsonValue.TRUE), null, null));
      case DATE, DATE_TIME ->
          time(value)
              .ifPresent(
                  t -> into.add(new IndexValue(key, ((JsonString) value).getString(), null, t)));
      case TAGS ->
          value
              .asJsonArray()
              .getValuesAs(JsonString.class)
              .forEach(
                  tag ->
                      into.add(
                          new IndexValue(
                              key,
                              truncate(tag.getString().toLowerCase(Locale.ROOT)),
                              null,
                              null)));
      case LIST -> {
        FieldType element = field.itemType().orElse(FieldType.TEXT);
        value.asJsonArray().forEach(v -> index(field, element, v, into));
      }
      default -> {
        // rich text and blocks are not filterable
      }
    }
  }

  private static Optional<Instant> time(JsonValue value) {
    if (!(value instanceof JsonString text)) {
      return Optional.empty();
    }
    String s = text.getString();
    try {
      return Optional.of(
          s.length() == 10
              ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant()
              : Instant.parse(s));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String truncate(String text) {
    return text.length() <= MAX_INDEXED_TEXT ? text : text.substring(0, MAX_INDEXED_TEXT);
  }
}
