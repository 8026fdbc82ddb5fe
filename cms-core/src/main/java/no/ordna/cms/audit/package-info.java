/**
 * The audit trail: an append-only record of every state change, publish, schedule, restore and
 * delete — who, what, when and from where — readable per item and for the whole site. Nothing in
 * the product updates or deletes an {@link no.ordna.cms.audit.domain.AuditEvent}.
 */
package no.ordna.cms.audit;
