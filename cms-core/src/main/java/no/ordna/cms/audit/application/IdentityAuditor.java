package no.ordna.cms.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.ordna.cms.identity.application.IdentityEvent;

/**
 * Writes what the identity feature tells (users, roles, tokens, sign-ins and sign-outs) to the
 * audit trail: in the transaction of the change, or, for sign-ins, in one of its own.
 */
@ApplicationScoped
public class IdentityAuditor {

  @Inject AuditTrail trail;

  void record(@Observes IdentityEvent event) {
    if (event.standalone()) {
      trail.recordAlone(
          event.actor(), event.origin(), event.action(), event.kind(), event.id(), event.detail());
    } else {
      trail.recordAs(
          event.actor(), event.origin(), event.action(), event.kind(), event.id(), event.detail());
    }
  }
}
