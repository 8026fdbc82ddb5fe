package no.ordna.cms.shared.paging;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import no.ordna.cms.shared.InvalidInputException;

/**
 * The position values of one list's cursor, typed: a list makes its cursors with {@link
 * #cursor(String, Object...)} (its name first, then the last entry's sort value and id) and reads
 * them back with {@link #read(Cursor, String, int)}. A cursor of another list, or with values this
 * list cannot read, is a 400 naming {@code cursor}, like one that was made up.
 */
public final class Keyset {

  private final Cursor cursor;

  private Keyset(Cursor cursor) {
    this.cursor = cursor;
  }

  /**
   * A cursor of the list {@code list} at these values: an {@link Instant} (to the nanosecond), a
   * {@code byte[]} (as hex), a number or text; null is kept as an empty value (see {@link
   * #isEmpty}).
   */
  public static Cursor cursor(String list, Object... values) {
    List<String> parts = new ArrayList<>(values.length + 1);
    parts.add(list);
    for (Object value : values) {
      if (value == null) {
        parts.add("");
      } else if (value instanceof Instant at) {
        parts.add(at.getEpochSecond() + "." + at.getNano());
      } else if (value instanceof byte[] bytes) {
        parts.add(HexFormat.of().formatHex(bytes));
      } else {
        parts.add(value.toString());
      }
    }
    return Cursor.of(parts);
  }

  /**
   * The values of {@code cursor}, which must be one of {@code list}'s with {@code count} values;
   * otherwise a 400 naming {@code cursor}.
   */
  public static Keyset read(Cursor cursor, String list, int count) {
    if (cursor.parts().size() != count + 1 || !cursor.part(0).equals(list)) {
      throw invalid();
    }
    return new Keyset(cursor);
  }

  /** Whether the value at {@code index} (from 0) was null. */
  public boolean isEmpty(int index) {
    return value(index).isEmpty();
  }

  /** The text at {@code index}; never empty. */
  public String text(int index) {
    String text = value(index);
    if (text.isEmpty()) {
      throw invalid();
    }
    return text;
  }

  /** The instant at {@code index}. */
  public Instant instant(int index) {
    String text = text(index);
    int dot = text.indexOf('.');
    try {
      if (dot < 1 || !text.substring(dot + 1).matches("\\d{1,9}")) {
        throw invalid();
      }
      return Instant.ofEpochSecond(
          Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
    } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
      throw invalid();
    }
  }

  /** The whole number at {@code index}. */
  public long number(int index) {
    String text = text(index);
    if (!text.matches("-?\\d{1,18}")) {
      throw invalid();
    }
    return Long.parseLong(text);
  }

  /** The bytes at {@code index} (may be none). */
  public byte[] bytes(int index) {
    try {
      return HexFormat.of().parseHex(value(index));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  private String value(int index) {
    return cursor.part(index + 1);
  }

  /** The 400 for a cursor that is not one of this list's. */
  public static InvalidInputException invalid() {
    return InvalidInputException.of("cursor", "is not a cursor from this list");
  }
}
