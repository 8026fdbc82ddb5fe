package no.ordna.cms.translation.xliff;

/** Context for the translator: {@code contentType}, {@code field}, {@code blockType} … */
public record XliffNote(String category, String text) {}
