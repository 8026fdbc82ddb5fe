/**
 * Outbound HTTP (webhooks, cache purges): only to hosts the configuration allows. Loopback,
 * link-local, private and other special addresses are refused unless {@code
 * CMS_OUTBOUND_ALLOWED_HOSTS} names them; the check is made on the addresses a host resolves to at
 * connect time, and those checked addresses are the ones connected to (no DNS rebinding between
 * check and connect). Redirects are never followed; answers are read only up to a few bytes; every
 * call has a deadline.
 */
package no.ordna.cms.platform.outbound;
