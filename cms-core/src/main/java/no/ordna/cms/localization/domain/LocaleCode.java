package no.ordna.cms.localization.domain;

import java.util.regex.Pattern;

/**
 * A locale tag as the product uses it: a BCP 47 language tag in its canonical lower-case language
 * form ({@code nb}, {@code se}, {@code smj}, {@code en-GB} keeps its region upper case).
 */
public record LocaleCode(String value) {

  private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Z]{2}|-[A-Za-z]{4})?");

  public LocaleCode {
    if (value == null || !TAG.matcher(value).matches()) {
      throw new IllegalArgumentException("not a language tag: " + value);
    }
  }

  /**
   * The tag {@code text} is exactly, or empty when it is not one in canonical form ({@code NB} and
   * {@code nb_NO} are not).
   */
  public static java.util.Optional<LocaleCode> exactly(String text) {
    return text != null && TAG.matcher(text).matches()
        ? java.util.Optional.of(new LocaleCode(text))
        : java.util.Optional.empty();
  }

  /** Parses leniently (case-insensitive, '_' for '-'); empty when the text is not a tag. */
  public static java.util.Optional<LocaleCode> parse(String text) {
    if (text == null) {
      return java.util.Optional.empty();
    }
    String[] parts = text.trim().replace('_', '-').split("-", 2);
    String normalised = parts[0].toLowerCase(java.util.Locale.ROOT);
    if (parts.length == 2) {
      String sub = parts[1];
      if (sub.isEmpty()) {
        return java.util.Optional.empty();
      }
      normalised +=
          "-"
              + (sub.length() == 2
                  ? sub.toUpperCase(java.util.Locale.ROOT)
                  : sub.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                      + sub.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return TAG.matcher(normalised).matches()
        ? java.util.Optional.of(new LocaleCode(normalised))
        : java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
