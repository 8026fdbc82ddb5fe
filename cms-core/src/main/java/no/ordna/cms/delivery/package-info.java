/**
 * The delivery API's reads: published (or, with a preview token, preview) snapshots of one type,
 * one item or a filtered, sorted, cursor-paged list, in the reader's locale with fallback,
 * references resolved to a chosen depth. Results are {@link
 * no.ordna.cms.delivery.domain.Representation}s — bytes with a strong ETag and the cache tags that
 * invalidate them — kept in an in-process cache that every publication change clears precisely, on
 * every instance.
 */
package no.ordna.cms.delivery;
