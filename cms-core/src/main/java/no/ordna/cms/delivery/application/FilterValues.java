package no.ordna.cms.delivery.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import no.ordna.cms.contenttype.domain.FieldType;

/**
 * Turns filter values from a URL into what the snapshot index holds. Only values the index can hold
 * are valid: finite decimal numbers (not {@code NaN}, {@code Infinity}, hexadecimal or suffixed
 * forms that Java would also parse), dates and date-times of the years 1 to 9999.
 */
public final class FilterValues {

  private static final Pattern DECIMAL =
      Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?([eE][-+]?[0-9]{1,3})?");
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private FilterValues() {}

  public static boolean valid(FieldType type, String value) {
    try {
      switch (type) {
        case NUMBER -> {
          if (!DECIMAL.matcher(value).matches() || !Double.isFinite(Double.parseDouble(value))) {
            return false;
          }
        }
        case DATE, DATE_TIME -> {
          Instant time = time(value);
          if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            return false;
          }
        }
        case BOOLEAN -> {
          if (!value.equals("true") && !value.equals("false")) {
            return false;
          }
        }
        default -> {
          return !value.isEmpty() && value.length() <= 255;
        }
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** A date ({@code 2016-06-01}, start of the day in UTC) or a date-time with offset. */
  public static Instant time(String value) {
    if (value.length() == 10) {
      return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    return OffsetDateTime.parse(value).toInstant();
  }

  /** The text form stored in the index: tags in lower case, other text as is. */
  public static String text(FieldType type, String value) {
    return type == FieldType.TAGS ? value.toLowerCase(Locale.ROOT) : value;
  }
}
