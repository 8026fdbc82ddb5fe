package no.ordna.cms.search.domain;

/**
 * One published locale of an item as the index reads it: the columns it shows and the snapshot's
 * JSON document, whose {@code fields} hold the merged values.
 */
public record PublishedVariant(
    String itemId, String typeKey, String locale, String slug, String title, String document) {}
