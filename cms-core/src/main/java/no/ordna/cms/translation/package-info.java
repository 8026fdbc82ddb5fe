/**
 * The translators' workflow: per target locale, which items are missing, in progress, done or
 * outdated (their source changed in a localized field since the translation was made), what changed
 * in the source since then, field by field, and the exchange with CAT tools and translation
 * agencies — XLIFF 2.0 and 1.2 out and in, with rich text cut into segments whose markup travels as
 * protected inline codes ({@code inline}, {@code xliff}), and the existing translations as a TMX
 * memory ({@code tmx}). Provenance itself (source locale and revision) is kept on each variant by
 * the content feature.
 */
package no.ordna.cms.translation;
