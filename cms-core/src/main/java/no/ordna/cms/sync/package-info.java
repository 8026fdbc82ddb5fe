/**
 * The sync API for incremental builds: everything published (in pages), then only what changed
 * since — published or changed, unpublished or deleted (tombstones) — read from the publication
 * log. A {@link no.ordna.cms.sync.domain.SyncToken} is a position in that log (and, while the first
 * sync pages through the snapshots, a place among them), never state held by an instance, so a
 * token from one instance works on every other.
 */
package no.ordna.cms.sync;
