package no.ordna.cms.audit.application;

import jakarta.json.JsonObject;
import java.time.Instant;
import no.ordna.cms.audit.domain.AuditEvent;
import no.ordna.cms.audit.domain.AuditSubject;

/** One recorded action as read back: who did what to which subject, when, from where, and why. */
public record AuditEntry(
    String id,
    Instant occurredAt,
    String actor,
    String origin,
    String action,
    AuditSubject subject,
    String comment,
    JsonObject detail) {

  static AuditEntry of(AuditEvent event) {
    return new AuditEntry(
        event.id(),
        event.occurredAt(),
        event.actor(),
        event.origin(),
        event.action(),
        event.subject(),
        event.comment(),
        event.detail());
  }
}
