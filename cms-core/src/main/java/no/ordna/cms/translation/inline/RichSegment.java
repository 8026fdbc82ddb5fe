package no.ordna.cms.translation.inline;

/**
 * One segment of rich text: where it stands ({@code paragraph}, {@code heading 2}, {@code list
 * item, level 2}, {@code table cell} …) and its content with inline codes.
 */
public record RichSegment(String context, TaggedText text) {}
