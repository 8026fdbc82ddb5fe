package no.ordna.cms.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import no.ordna.cms.audit.domain.AuditCursor;
import no.ordna.cms.audit.domain.AuditEvent;
import no.ordna.cms.audit.domain.AuditQuery;
import no.ordna.cms.audit.domain.AuditSubject;
import no.ordna.cms.audit.persistence.AuditRepository;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.shared.paging.Page;
import no.ordna.cms.shared.paging.PageRequest;

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

  /**
   * An action on something other than content: a user, a token, a content type, the locales, an
   * asset. What it was about is kept in the detail as {@code subject: {kind, id}}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordOn(Caller caller, String action, String kind, String id, JsonObject detail) {
    recordAs(caller.username(), caller.origin(), action, kind, id, detail);
  }

  /** {@link #recordOn} for an actor known by name and address. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAs(
      String actor, String origin, String action, String kind, String id, JsonObject detail) {
    append(actor, origin, action, kind, id, detail);
  }

  /**
   * {@link #recordAs} in a transaction of its own: kept even when the work around it rolls back (a
   * refused sign-in).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAlone(
      String actor, String origin, String action, String kind, String id, JsonObject detail) {
    append(actor, origin, action, kind, id, detail);
  }

  private void append(
      String actor, String origin, String action, String kind, String id, JsonObject detail) {
    JsonObject withSubject = detail;
    if (kind != null) {
      var builder = no.ordna.cms.shared.Jsons.createObjectBuilder();
      if (detail != null) {
        detail.forEach(builder::add);
      }
      var subject = no.ordna.cms.shared.Jsons.createObjectBuilder().add("kind", kind);
      if (id != null) {
        subject.add("id", id);
      }
      withSubject = builder.add("subject", subject).build();
    }
    String name = actor == null || actor.isEmpty() ? "(none)" : actor;
    events.append(
        new AuditEvent(
            clock.instant(),
            name.length() > 100 ? name.substring(0, 100) : name,
            origin,
            action,
            AuditSubject.none(),
            null,
            withSubject));
  }

  /** One page of recorded actions, newest first, and the cursor of the next page. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditEntry> page(AuditQuery query, PageRequest page) {
    return Page.of(
            events.page(query, page),
            page,
            event -> new AuditCursor(event.occurredAt(), event.id()).cursor())
        .map(AuditEntry::of);
  }
}
