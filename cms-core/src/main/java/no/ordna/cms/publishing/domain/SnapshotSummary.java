package no.ordna.cms.publishing.domain;

import java.time.Instant;

/**
 * Where a snapshot belongs, without its document: the item, its type, the locale, the locale's slug
 * (may be null) and when that locale was last published. Enough to list every published page of the
 * site, e.g. for a sitemap.
 */
public record SnapshotSummary(
    String itemId, String typeKey, String locale, String slug, Instant publishedAt) {}
