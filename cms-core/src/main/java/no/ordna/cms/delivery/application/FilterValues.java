package no.ordna.cms.delivery.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import no.ordna.cms.contenttype.domain.FieldType;

/** Turns filter values from a URL into what the snapshot index holds. */
public final class FilterValues {

  private FilterValues() {}

  public static boolean valid(FieldType type, String value) {
    try {
      switch (type) {
        case NUMBER -> Double.parseDouble(value);
        case DATE, DATE_TIME -> time(value);
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
