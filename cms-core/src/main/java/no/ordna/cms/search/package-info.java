/**
 * Full-text search of published content, per instance: an in-memory Lucene index holding one
 * document per published locale of an item (its title, boosted, and the text of its text, rich
 * text, list, tag and block fields), built from the database at start-up in the background and kept
 * current by re-reading an item (or a type) after each applied publication change. Searches run in
 * the reader's locale and its fallback chain, each item found at most once, in the best locale it
 * is published in.
 *
 * <p>Layers: {@code domain} (the query, hits, and what is indexed of a variant), {@code index} (the
 * Lucene adapter: per-locale analysis, query building, snippets), {@code persistence} (reads of
 * published snapshots) and {@code application} (the indexer, its start-up and the search use case).
 * Depends on publishing, contenttype, localization and delivery (whose {@link
 * no.ordna.cms.delivery.application.ChangeApplied} it follows); nothing depends on it but the API.
 */
package no.ordna.cms.search;
