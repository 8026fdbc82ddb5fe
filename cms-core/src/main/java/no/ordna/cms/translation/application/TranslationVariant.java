package no.ordna.cms.translation.application;

import jakarta.json.JsonObject;
import java.time.Instant;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.VariantStatus;

/**
 * A source or translation variant as the translators' queue and desk show it, read inside the use
 * case: its revision and state, who changed it last, the source revision it was translated from
 * (null when it was not), and its localized values.
 */
public record TranslationVariant(
    String locale,
    int revision,
    String title,
    Instant firstPublishedAt,
    VariantStatus status,
    String etag,
    Instant updatedAt,
    String updatedBy,
    Integer translatedFromRevision,
    JsonObject fields) {

  static TranslationVariant of(ContentVariant variant) {
    return variant == null
        ? null
        : new TranslationVariant(
            variant.locale(),
            variant.revision(),
            variant.title(),
            variant.firstPublishedAt(),
            variant.status(),
            variant.etag(),
            variant.updatedAt(),
            variant.updatedBy(),
            variant.sourceRevision(),
            variant.fields());
  }
}
