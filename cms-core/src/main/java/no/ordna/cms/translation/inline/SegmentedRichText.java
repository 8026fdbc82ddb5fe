package no.ordna.cms.translation.inline;

import java.util.List;
import no.ordna.cms.contenttype.domain.RichText;

/**
 * Rich text cut into segments: the block structure (lists, tables, the tags of paragraphs and
 * headings, whitespace between blocks) kept as a skeleton, and the text of each block as a {@link
 * RichSegment}. Putting the segments back — or translations of them — gives the rich text again;
 * with the segments unchanged, exactly the sanitised text it was made from.
 */
public final class SegmentedRichText {

  /** A piece of the skeleton: literal HTML, or the place of segment {@code index}. */
  sealed interface Piece {}

  record Literal(String html) implements Piece {}

  record Slot(int index) implements Piece {}

  private final List<Piece> pieces;
  private final List<RichSegment> segments;

  SegmentedRichText(List<Piece> pieces, List<RichSegment> segments) {
    this.pieces = List.copyOf(pieces);
    this.segments = List.copyOf(segments);
  }

  public List<RichSegment> segments() {
    return segments;
  }

  /**
   * The rich text with each segment's HTML taken from {@code html} (one per segment), sanitised.
   */
  public String rebuild(List<String> html) {
    if (html.size() != segments.size()) {
      throw new IllegalArgumentException(
          "expected " + segments.size() + " segments, got " + html.size());
    }
    StringBuilder out = new StringBuilder();
    for (Piece piece : pieces) {
      if (piece instanceof Literal literal) {
        out.append(literal.html());
      } else if (piece instanceof Slot slot) {
        out.append(html.get(slot.index()));
      }
    }
    return RichText.sanitize(out.toString());
  }

  /** The rich text from its own segments. */
  public String rebuild() {
    return rebuild(segments.stream().map(s -> s.text().html()).toList());
  }
}
