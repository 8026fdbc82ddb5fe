package no.ordna.cms.contenttype.domain;

/**
 * Which component of the {@link IndexEntry index entries} a filter on a field compares: their text,
 * number or time. Numbers and times are ordered, so ranges ({@code gt}, {@code lte}, …) apply to
 * them.
 */
public enum IndexColumn {
  TEXT,
  NUMBER,
  TIME;

  /** Whether values in this column have an order ranges can use. */
  public boolean isOrdered() {
    return this != TEXT;
  }

  /** The component of {@code entry} this column compares. */
  public Object of(IndexEntry entry) {
    return switch (this) {
      case TEXT -> entry.text();
      case NUMBER -> entry.number();
      case TIME -> entry.time();
    };
  }
}
