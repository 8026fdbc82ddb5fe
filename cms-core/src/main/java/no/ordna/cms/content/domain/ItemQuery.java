package no.ordna.cms.content.domain;

/**
 * A page of the management item list: optional filters on type, locale, workflow status and title
 * text, a page size, and the cursor where the previous page ended.
 */
public record ItemQuery(
    String type, String locale, VariantStatus status, String text, int limit, ItemCursor after) {}
