package no.ordna.cms.translation.application;

/** One item an XLIFF import saved: whether the variant is new, its revision, its status now. */
public record ImportedTranslation(
    String itemId, String locale, boolean created, int revision, String status) {}
