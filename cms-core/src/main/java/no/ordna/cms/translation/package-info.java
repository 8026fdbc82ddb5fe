/**
 * The translators' workflow: per target locale, which items are missing, in progress, done or
 * outdated (their source changed in a localized field since the translation was made), what changed
 * in the source since then, field by field, and bulk exchange with translation agencies as XLIFF.
 * Provenance itself (source locale and revision) is kept on each variant by the content feature.
 */
package no.ordna.cms.translation;
