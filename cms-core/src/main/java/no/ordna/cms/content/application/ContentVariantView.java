package no.ordna.cms.content.application;

import jakarta.json.JsonObject;
import java.time.Instant;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.VariantStatus;

/**
 * One locale variant as it was when its use case ended, with its item's id, type and shared values
 * (read inside the service's transaction).
 */
public record ContentVariantView(
    String id,
    String itemId,
    String typeKey,
    String locale,
    VariantStatus status,
    String title,
    String slug,
    int revision,
    String etag,
    Integer publishedRevision,
    Instant publishedAt,
    Instant firstPublishedAt,
    String scheduledBy,
    Instant scheduledPublishAt,
    Instant scheduledUnpublishAt,
    String sourceLocale,
    Integer sourceRevision,
    boolean translationOutdated,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    JsonObject fields,
    JsonObject sharedFields) {

  public static ContentVariantView of(ContentVariant variant) {
    return new ContentVariantView(
        variant.id(),
        variant.item().id(),
        variant.item().typeKey(),
        variant.locale(),
        variant.status(),
        variant.title(),
        variant.slug(),
        variant.revision(),
        variant.etag(),
        variant.publishedRevision(),
        variant.publishedAt(),
        variant.firstPublishedAt(),
        variant.scheduledBy(),
        variant.scheduledPublishAt(),
        variant.scheduledUnpublishAt(),
        variant.sourceLocale(),
        variant.sourceRevision(),
        variant.translationOutdated(),
        variant.createdAt(),
        variant.createdBy(),
        variant.updatedAt(),
        variant.updatedBy(),
        variant.fields(),
        variant.item().sharedFields());
  }

  /** Published: front ends see {@link #publishedRevision()}. */
  public boolean isPublished() {
    return publishedRevision != null;
  }

  /** A publish or an unpublish is scheduled. */
  public boolean isScheduled() {
    return scheduledPublishAt != null || scheduledUnpublishAt != null;
  }
}
