package no.ordna.cms.contenttype.domain;

import java.time.Instant;

/**
 * A field value as the filter index holds it, and a filter value as it is compared with the index:
 * text (at most {@link #MAX_TEXT} characters), a number, or a point in time with the text it was
 * written as. The components a value has not are null; which one a filter compares is its field
 * type's {@link IndexColumn}.
 */
public record IndexEntry(String text, Double number, Instant time) {

  /** The longest text the index holds. */
  public static final int MAX_TEXT = 255;

  public static IndexEntry text(String text) {
    return new IndexEntry(text, null, null);
  }

  public static IndexEntry number(double number) {
    return new IndexEntry(null, number, null);
  }

  public static IndexEntry time(String text, Instant time) {
    return new IndexEntry(text, null, time);
  }
}
