package no.ordna.cms.translation.domain;

/**
 * The translation queue of one target locale: optional status and type filters and the order
 * ({@code -sourcePublishDate}, {@code sourcePublishDate} or {@code -updatedAt}); the page is asked
 * for beside it.
 */
public record TranslationQuery(String locale, TranslationStatus status, String type, String sort) {}
