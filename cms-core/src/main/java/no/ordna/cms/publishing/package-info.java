/**
 * Snapshots of locale variants per channel: {@code published} (what front ends see, made by the
 * publish transition and untouched by later edits until the next publish) and {@code preview} (the
 * latest saved draft). Each {@link no.ordna.cms.publishing.domain.Snapshot} is a denormalised
 * document (localized and shared values merged) with index rows for list filters and the references
 * it makes. Every change of what is published is numbered in the publication log, which every
 * instance follows.
 */
package no.ordna.cms.publishing;
