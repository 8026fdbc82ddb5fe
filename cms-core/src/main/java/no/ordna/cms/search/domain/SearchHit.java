package no.ordna.cms.search.domain;

/**
 * One item found: served in {@code locale}, the best locale of the search's chain it is published
 * in ({@code fallback} when that is not the locale asked for), with its score and a plain-text
 * excerpt of its text around the first match (or its beginning).
 */
public record SearchHit(
    String id,
    String type,
    String locale,
    boolean fallback,
    String title,
    String slug,
    float score,
    String snippet) {}
