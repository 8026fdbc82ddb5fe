package no.ordna.cms.audit.application;

import java.util.List;

/** One page of the audit trail and the encoded cursor of the next page (null on the last page). */
public record AuditPage(List<AuditEntry> items, String next) {}
