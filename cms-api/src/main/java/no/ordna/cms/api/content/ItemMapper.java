package no.ordna.cms.api.content;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentRevision;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.ItemPage;
import no.ordna.cms.shared.Jsons;

/** Content items, variants and revisions as they go over the wire. */
public final class ItemMapper {

  private ItemMapper() {}

  public static JsonObject item(ContentItem item) {
    JsonObjectBuilder variants = Jsons.createObjectBuilder();
    item.variants().forEach(v -> variants.add(v.locale(), variant(v, false)));
    return header(item).add("shared", item.sharedFields()).add("variants", variants).build();
  }

  private static JsonObjectBuilder header(ContentItem item) {
    return Jsons.createObjectBuilder()
        .add("id", item.id())
        .add("type", item.typeKey())
        .add("originalLocale", item.originalLocale())
        .add("version", item.version())
        .add("etag", item.etag())
        .add("createdAt", time(item.createdAt()))
        .add("createdBy", item.createdBy())
        .add("updatedAt", time(item.updatedAt()))
        .add("updatedBy", item.updatedBy());
  }

  /** One variant; with {@code standalone} it also names its item and carries the shared values. */
  public static JsonObject variant(ContentVariant variant, boolean standalone) {
    JsonObjectBuilder json = Jsons.createObjectBuilder();
    if (standalone) {
      json.add("itemId", variant.item().id()).add("type", variant.item().typeKey());
    }
    json.add("locale", variant.locale()).add("status", variant.status().wireName());
    if (variant.title() != null) {
      json.add("title", variant.title());
    }
    if (variant.slug() != null) {
      json.add("slug", variant.slug());
    }
    json.add("revision", variant.revision()).add("etag", variant.etag());
    if (variant.isPublished()) {
      json.add(
          "published",
          Jsons.createObjectBuilder()
              .add("revision", variant.publishedRevision())
              .add("publishedAt", time(variant.publishedAt())));
    } else {
      json.addNull("published");
    }
    if (variant.firstPublishedAt() != null) {
      json.add("firstPublishedAt", time(variant.firstPublishedAt()));
    }
    if (variant.isScheduled()) {
      JsonObjectBuilder schedule =
          Jsons.createObjectBuilder().add("scheduledBy", variant.scheduledBy());
      if (variant.scheduledPublishAt() != null) {
        schedule.add("publishAt", time(variant.scheduledPublishAt()));
      }
      if (variant.scheduledUnpublishAt() != null) {
        schedule.add("unpublishAt", time(variant.scheduledUnpublishAt()));
      }
      json.add("schedule", schedule);
    } else {
      json.addNull("schedule");
    }
    if (variant.sourceLocale() != null) {
      json.add("sourceLocale", variant.sourceLocale())
          .add("sourceRevision", variant.sourceRevision());
    }
    json.add("createdAt", time(variant.createdAt()))
        .add("createdBy", variant.createdBy())
        .add("updatedAt", time(variant.updatedAt()))
        .add("updatedBy", variant.updatedBy())
        .add("fields", variant.fields());
    if (standalone) {
      json.add("shared", variant.item().sharedFields());
    }
    return json.build();
  }

  public static JsonObject page(ItemPage page, int limit) {
    JsonArrayBuilder items = Jsons.createArrayBuilder();
    for (ContentItem item : page.items()) {
      JsonObjectBuilder variants = Jsons.createObjectBuilder();
      for (ContentVariant variant : item.variants()) {
        JsonObjectBuilder summary =
            Jsons.createObjectBuilder()
                .add("status", variant.status().wireName())
                .add("revision", variant.revision())
                .add("updatedAt", time(variant.updatedAt()))
                .add("updatedBy", variant.updatedBy())
                .add("translationOutdated", variant.translationOutdated());
        if (variant.sourceLocale() != null) {
          summary.add("sourceLocale", variant.sourceLocale());
        }
        if (variant.title() != null) {
          summary.add("title", variant.title());
        }
        if (variant.slug() != null) {
          summary.add("slug", variant.slug());
        }
        variants.add(variant.locale(), summary);
      }
      items.add(header(item).add("variants", variants));
    }
    JsonObjectBuilder json = Jsons.createObjectBuilder().add("items", items).add("limit", limit);
    if (page.next() != null) {
      json.add("next", page.next());
    } else {
      json.addNull("next");
    }
    return json.build();
  }

  public static JsonObject revisions(List<ContentRevision> revisions) {
    JsonArrayBuilder items = Jsons.createArrayBuilder();
    for (ContentRevision revision : revisions) {
      JsonObjectBuilder json =
          Jsons.createObjectBuilder()
              .add("number", revision.number())
              .add("locale", revision.locale())
              .add("createdAt", time(revision.createdAt()))
              .add("createdBy", revision.createdBy());
      if (revision.comment() != null) {
        json.add("comment", revision.comment());
      }
      items.add(json);
    }
    return Jsons.createObjectBuilder().add("items", items).build();
  }

  /** One revision with its values. */
  public static JsonObject revision(ContentRevision revision) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("number", revision.number())
            .add("locale", revision.locale())
            .add("createdAt", time(revision.createdAt()))
            .add("createdBy", revision.createdBy());
    if (revision.comment() != null) {
      json.add("comment", revision.comment());
    }
    return json.add("fields", revision.fields()).add("shared", revision.sharedFields()).build();
  }

  private static final ThreadLocal<java.time.ZoneId> ZONE = new ThreadLocal<>();

  /**
   * Runs {@code mapping} with every time shown in {@code zone} (ISO 8601 with its offset) instead
   * of UTC; null keeps UTC.
   */
  public static <T> T inZone(java.time.ZoneId zone, java.util.function.Supplier<T> mapping) {
    ZONE.set(zone);
    try {
      return mapping.get();
    } finally {
      ZONE.remove();
    }
  }

  private static String time(Instant instant) {
    java.time.ZoneId zone = ZONE.get();
    return zone == null
        ? instant.toString()
        : java.time.OffsetDateTime.ofInstant(instant, zone).toString();
  }
}
