package no.ordna.cms.content.domain;

/**
 * A translation became outdated: {@code sourceLocale}, which {@code locale} was translated from,
 * got a revision whose localized values differ from the one it was made from. Raised inside the
 * transaction of that save.
 */
public record TranslationOutdated(
    String itemId, String typeKey, String locale, String sourceLocale) {}
