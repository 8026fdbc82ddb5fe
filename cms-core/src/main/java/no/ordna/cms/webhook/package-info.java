/**
 * Webhooks: front ends and caches hear of every change that matters to them. The aggregate root is
 * {@link no.ordna.cms.webhook.domain.Webhook} (a receiver URL, the events it wants, optional
 * filters by content type and locale, and its signing secret). A change writes an {@link
 * no.ordna.cms.webhook.domain.OutboxEvent} and one {@link no.ordna.cms.webhook.domain.Delivery} per
 * subscriber in its own transaction (the outbox); dispatchers on every instance claim due
 * deliveries with {@code SELECT … FOR UPDATE SKIP LOCKED} and send them after the commit, signed
 * the Standard Webhooks way, retrying with exponential back-off and jitter until they are delivered
 * or dead, one item's events in order. Cache purges of a Varnish in front ride the same outbox.
 */
package no.ordna.cms.webhook;
