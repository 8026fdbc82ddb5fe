package no.ordna.cms.translation.domain;

/**
 * A page of the translation queue for one target locale: optional status and type filters, the
 * order ({@code -sourcePublishDate}, {@code sourcePublishDate} or {@code -updatedAt}), size and
 * offset.
 */
public record TranslationQuery(
    String locale, TranslationStatus status, String type, String sort, int limit, int offset) {}
