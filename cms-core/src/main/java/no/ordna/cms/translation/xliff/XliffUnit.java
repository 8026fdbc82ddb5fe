package no.ordna.cms.translation.xliff;

/**
 * One translatable text: its unit id ({@code title}, or {@code content.<blockId>.<field>} for a
 * field inside a block), the source text and the target text (null when untranslated).
 */
public record XliffUnit(String id, String source, String target) {}
