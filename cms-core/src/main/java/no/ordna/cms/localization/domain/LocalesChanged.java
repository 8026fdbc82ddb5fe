package no.ordna.cms.localization.domain;

/** Raised inside the transaction that changes the configured locales. */
public record LocalesChanged() {}
