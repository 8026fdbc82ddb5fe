package no.ordna.cms.translation.inline;

import java.util.Locale;

/**
 * One inline code of a segment: its id (unique within the segment), whether it is paired (an
 * element with content, such as {@code <strong>…</strong>}) or standalone ({@code <br>}), the HTML
 * element's name, and its original markup — the start tag with its attributes and, for a paired
 * code, the end tag.
 */
public record Code(String id, Kind kind, String element, String start, String end) {

  /** Paired codes enclose text; standalone codes stand on their own. */
  public enum Kind {
    PAIRED,
    STANDALONE;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Code {
    if (kind == Kind.PAIRED && end == null) {
      throw new IllegalArgumentException("a paired code needs its end markup");
    }
  }

  public boolean paired() {
    return kind == Kind.PAIRED;
  }

  /** The markup as a translator would read it in a message: {@code <a href="…">…</a>}. */
  public String display() {
    return paired() ? start + "…" + end : start;
  }

  /** Whether two codes stand for the same markup (ids aside). */
  public boolean sameMarkup(Code other) {
    return kind == other.kind
        && start.equals(other.start)
        && java.util.Objects.equals(end, other.end);
  }

  public Code withId(String newId) {
    return new Code(newId, kind, element, start, end);
  }
}
