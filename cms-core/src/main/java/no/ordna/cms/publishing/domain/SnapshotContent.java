package no.ordna.cms.publishing.domain;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Everything a snapshot is made of, computed by {@link SnapshotBuilder}. */
public record SnapshotContent(
    String variantId,
    String itemId,
    String typeKey,
    String locale,
    String slug,
    String title,
    byte[] titleKey,
    Instant sortDate,
    Instant publishedAt,
    Instant firstPublishedAt,
    int revision,
    JsonObject document,
    List<IndexValue> index,
    Set<String> references,
    Set<String> assets) {}
