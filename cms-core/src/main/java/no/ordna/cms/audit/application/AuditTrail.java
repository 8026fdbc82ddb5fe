package no.ordna.cms.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import no.ordna.cms.audit.domain.AuditCursor;
import no.ordna.cms.audit.domain.AuditEvent;
import no.ordna.cms.audit.domain.AuditQuery;
import no.ordna.cms.audit.domain.AuditSubject;
import no.ordna.cms.audit.persistence.AuditRepository;
import no.ordna.cms.identity.domain.Caller;

/**
 * Records actions in the audit trail, in the transaction of the action itself (so an action that
 * rolls back leaves no record, and one that commits always has one), and reads it back.
 */
@ApplicationScoped
public class AuditTrail {

  @Inject AuditRepository events;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Caller caller, String action, AuditSubject subject, String comment, JsonObject detail) {
    events.append(
        new AuditEvent(
            clock.instant(), caller.username(), caller.origin(), action, subject, comment, detail));
  }

  /** One page of recorded actions, newest first, and the cursor of the next page (or null). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AuditPage page(AuditQuery query) {
    List<AuditEvent> found = events.page(query);
    List<AuditEntry> entries = found.stream().limit(query.limit()).map(AuditEntry::of).toList();
    String next = null;
    if (found.size() > query.limit()) {
      AuditEvent last = found.get(query.limit() - 1);
      next = new AuditCursor(last.occurredAt(), last.id()).encode();
    }
    return new AuditPage(entries, next);
  }
}
