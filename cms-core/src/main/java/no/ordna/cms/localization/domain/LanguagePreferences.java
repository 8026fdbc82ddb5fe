package no.ordna.cms.localization.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a reader prefers, most wanted first, as parsed from {@code Accept-Language} at the
 * HTTP edge ({@link Locale.LanguageRange}, RFC 4647; weights already applied to the order). Picks
 * the configured locale they ask for: each range matched exactly or by its language ({@code nb-NO}
 * → {@code nb}, {@code se-FI} → {@code se}; the macrolanguage {@code no} → {@code nb}); {@code *}
 * or nothing usable gives the default locale.
 */
public record LanguagePreferences(List<Locale.LanguageRange> ranges) {

  /** No preference: the default locale. */
  public static final LanguagePreferences NONE = new LanguagePreferences(List.of());

  public LanguagePreferences {
    ranges = List.copyOf(ranges);
  }

  public String bestLocale(LocaleSettings settings) {
    for (Locale.LanguageRange range : ranges) {
      Optional<String> match = match(range.getRange(), settings);
      if (match.isPresent()) {
        return match.get();
      }
    }
    return settings.defaultLocale();
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
