package no.ordna.cms.delivery.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.ordna.cms.localization.domain.LocaleSettings;

/**
 * Picks the configured locale an {@code Accept-Language} header asks for: the ranges in order of
 * their q-values (ties keep header order), each matched exactly or by its language ({@code nb-NO} →
 * {@code nb}, {@code se-FI} → {@code se}; the macrolanguage {@code no} → {@code nb}); {@code *} or
 * nothing usable gives the default locale.
 *
 * <p>The header is parsed by the JDK ({@link Locale.LanguageRange#parse(String)}, RFC 4647). A
 * header anyone can send must never fail a read: an element the JDK refuses is skipped, and a
 * header with nothing usable in it counts as absent.
 */
public final class AcceptLanguage {

  private static final int MAX_HEADER_LENGTH = 1000;
  private static final int MAX_ELEMENTS = 50;

  private AcceptLanguage() {}

  public static String bestLocale(String header, LocaleSettings settings) {
    for (Locale.LanguageRange range : ranges(header)) {
      Optional<String> match = match(range.getRange(), settings);
      if (match.isPresent()) {
        return match.get();
      }
    }
    return settings.defaultLocale();
  }

  /** The usable ranges by descending weight, header order kept among equal weights. */
  static List<Locale.LanguageRange> ranges(String header) {
    if (header == null || header.isBlank() || header.length() > MAX_HEADER_LENGTH) {
      return List.of();
    }
    List<Locale.LanguageRange> ranges = new ArrayList<>();
    String[] elements = header.split(",");
    for (int i = 0; i < elements.length && i < MAX_ELEMENTS; i++) {
      String element = elements[i].trim();
      if (element.isEmpty()) {
        continue;
      }
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(element)) {
          if (range.getWeight() > 0) {
            ranges.add(range);
          }
        }
      } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
        // one bad element does not spoil the others (Java 17 throws an index error for "-")
      }
    }
    // a stable sort: equal weights stay in header order
    ranges.sort(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
    return ranges;
  }

  private static Optional<String> match(String range, LocaleSettings settings) {
    if (range.equals("*")) {
      return Optional.of(settings.defaultLocale());
    }
    for (String locale : settings.locales()) {
      if (locale.toLowerCase(Locale.ROOT).equals(range)) {
        return Optional.of(locale);
      }
    }
    String language = primary(range);
    if (language.equals("no") && settings.isConfigured("nb")) {
      return Optional.of("nb");
    }
    return settings.locales().stream()
        .filter(l -> primary(l.toLowerCase(Locale.ROOT)).equals(language))
        .findFirst();
  }

  private static String primary(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }
}
