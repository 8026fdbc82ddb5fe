package no.ordna.cms.publishing.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.ordna.cms.contenttype.domain.AssetUses;
import no.ordna.cms.contenttype.domain.FieldDefinition;
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
      String key = field.key();
      field
          .type()
          .index(field, value, e -> index.add(new IndexValue(key, e.text(), e.number(), e.time())));
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

  /** The time the publish date field holds, when the type has one that holds a time. */
  private static Optional<Instant> publishDate(TypeDefinition type, JsonObject fields) {
    Optional<FieldDefinition> field =
        type.field(PUBLISH_DATE_FIELD).filter(f -> !f.holdsArray() && fields.containsKey(f.key()));
    if (field.isEmpty()) {
      return Optional.empty();
    }
    List<Instant> times = new ArrayList<>(1);
    FieldDefinition f = field.get();
    f.type()
        .index(
            f,
            fields.get(f.key()),
            e -> {
              if (e.time() != null) {
                times.add(e.time());
              }
            });
    return times.stream().findFirst();
  }
}
