/**
 * Syndication of published content for front ends: an Atom 1.0 feed per content type and locale
 * (newest first, in the reader's locale with fallback) and a sitemap of every published page in
 * every published locale, with hreflang alternates. Pages are addressed by the front-end URL that
 * the content type's {@code urlPattern} and the configured front-end base URL give ({@link
 * no.ordna.cms.syndication.domain.UrlPattern}). Both are built from published snapshots, as XML by
 * the JDK's StAX writer, and served from the delivery representation cache, which every publication
 * change clears.
 */
package no.ordna.cms.syndication;
