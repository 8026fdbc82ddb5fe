package no.ordna.cms.content.application;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.ordna.cms.content.domain.ContentItem;

/**
 * A content item as it was when its use case ended: read from the entity inside the service's
 * transaction, so nothing outside it touches a managed or detached entity.
 */
public record ContentItemView(
    String id,
    String typeKey,
    String originalLocale,
    int version,
    String etag,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    JsonObject sharedFields,
    List<ContentVariantView> variants,
    Instant deletedAt,
    String deletedBy) {

  public ContentItemView {
    variants = List.copyOf(variants);
  }

  public static ContentItemView of(ContentItem item) {
    return new ContentItemView(
        item.id(),
        item.typeKey(),
        item.originalLocale(),
        item.version(),
        item.etag(),
        item.createdAt(),
        item.createdBy(),
        item.updatedAt(),
        item.updatedBy(),
        item.sharedFields(),
        item.variants().stream().map(ContentVariantView::of).toList(),
        item.deletedAt(),
        item.deletedBy());
  }

  public Optional<ContentVariantView> variant(String locale) {
    return variants.stream().filter(v -> v.locale().equals(locale)).findFirst();
  }
}
