package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The parts the field rules share for the filter index: text entries of string values, and the
 * checks of filter values from a URL. Only values the index can hold are valid filter values:
 * finite decimal numbers (not {@code NaN}, {@code Infinity}, hexadecimal or suffixed forms that
 * Java would also parse), dates and date-times of the years 1 to 9999, text of 1 to 255 characters.
 */
final class IndexValues {

  private static final Pattern DECIMAL =
      Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?([eE][-+]?[0-9]{1,3})?");
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private IndexValues() {}

  /** A string value's text entry; text longer than the index holds is not indexed. */
  static void text(JsonValue value, Consumer<IndexEntry> into) {
    if (value instanceof JsonString text && text.getString().length() <= IndexEntry.MAX_TEXT) {
      into.accept(IndexEntry.text(text.getString()));
    }
  }

  /** The text entries of one value or (for {@code multiple}) of each value of an array. */
  static void textOrEach(JsonValue value, Consumer<IndexEntry> into) {
    if (value instanceof JsonArray values) {
      values.forEach(v -> text(v, into));
    } else {
      text(value, into);
    }
  }

  /** A stored date ({@code 2016-06-01}, start of the day in UTC) or date-time value's entry. */
  static void storedTime(JsonValue value, Consumer<IndexEntry> into) {
    if (!(value instanceof JsonString text)) {
      return;
    }
    String s = text.getString();
    try {
      Instant time =
          s.length() == 10
              ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant()
              : Instant.parse(s);
      into.accept(IndexEntry.time(s, time));
    } catch (RuntimeException e) {
      // not a time: not indexed
    }
  }

  /** A filter's text value: 1 to 255 characters. */
  static Optional<IndexEntry> filterText(String value) {
    return value.isEmpty() || value.length() > IndexEntry.MAX_TEXT
        ? Optional.empty()
        : Optional.of(IndexEntry.text(value));
  }

  /** A filter's number: a finite decimal. */
  static Optional<IndexEntry> filterNumber(String value) {
    if (!DECIMAL.matcher(value).matches()) {
      return Optional.empty();
    }
    double number = Double.parseDouble(value);
    return Double.isFinite(number) ? Optional.of(IndexEntry.number(number)) : Optional.empty();
  }

  /**
   * A filter's time: a date ({@code 2016-06-01}, start of the day in UTC) or a date-time with
   * offset, of the years 1 to 9999.
   */
  static Optional<IndexEntry> filterTime(String value) {
    try {
      Instant time =
          value.length() == 10
              ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
              : OffsetDateTime.parse(value).toInstant();
      return time.isBefore(EARLIEST) || time.isAfter(LATEST)
          ? Optional.empty()
          : Optional.of(IndexEntry.time(value, time));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
