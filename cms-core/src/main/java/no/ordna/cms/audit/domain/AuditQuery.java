package no.ordna.cms.audit.domain;

import java.time.Instant;

/**
 * Filters on the audit trail (all optional), newest first; and what the reader may see: only events
 * about content ({@code contentOnly}: no users, tokens, sign-ins), of the content types in {@code
 * types} (empty: all) and the locales in {@code locales} (empty: all).
 */
public record AuditQuery(
    String itemId,
    String actor,
    String action,
    Instant from,
    Instant to,
    boolean contentOnly,
    java.util.Set<String> types,
    java.util.Set<String> locales) {

  public AuditQuery {
    types = java.util.Set.copyOf(types);
    locales = java.util.Set.copyOf(locales);
  }

  /** A query of everything the filters match (for a reader who may see all). */
  public AuditQuery(String itemId, String actor, String action, Instant from, Instant to) {
    this(itemId, actor, action, from, to, false, java.util.Set.of(), java.util.Set.of());
  }
}
