/**
 * Locales and language-correct text: the configured locale set with its default and fallback chains
 * ({@link no.ordna.cms.localization.domain.LocaleSettings}), readable slugs, case- and
 * accent-folded search keys and, later, per-locale collation. Sámi (se, smj, sma), Nynorsk and
 * English sit beside the Norwegian Bokmål default.
 */
package no.ordna.cms.localization;
