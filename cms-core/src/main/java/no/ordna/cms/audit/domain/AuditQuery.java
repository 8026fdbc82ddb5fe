package no.ordna.cms.audit.domain;

import java.time.Instant;

/** Filters on the audit trail (all optional) and a page: newest first, after a cursor. */
public record AuditQuery(
    String itemId,
    String actor,
    String action,
    Instant from,
    Instant to,
    int limit,
    AuditCursor after) {}
