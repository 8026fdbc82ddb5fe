package no.ordna.cms.contenttype.domain;

import java.util.List;

/**
 * A reference found while checking field values, to be resolved against stored items: where it
 * sits, which item it names, and which types it may point to (empty: any content type).
 */
public record ReferenceCheck(String path, String itemId, List<String> allowedTypes) {}
