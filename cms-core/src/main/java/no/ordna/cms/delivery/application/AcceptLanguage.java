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
 */
public final class AcceptLanguage {

  private AcceptLanguage() {}

  private record Range(String tag, double q, int position) {}

  public static String bestLocale(String header, LocaleSettings settings) {
    if (header == null || header.isBlank() || header.length() > 1000) {
      return settings.defaultLocale();
    }
    List<Range> ranges = new ArrayList<>();
    String[] parts = header.split(",");
    for (int i = 0; i < parts.length && i < 50; i++) {
      parse(parts[i], i).ifPresent(ranges::add);
    }
    ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::position));
    for (Range range : ranges) {
      Optional<String> match = match(range.tag(), settings);
      if (match.isPresent()) {
        return match.get();
      }
    }
    return settings.defaultLocale();
  }

  private static Optional<Range> parse(String part, int position) {
    String[] pieces = part.trim().split(";");
    String tag = pieces[0].trim();
    double q = 1.0;
    for (int i = 1; i < pieces.length; i++) {
      String param = pieces[i].trim();
      if (param.startsWith("q=") || param.startsWith("Q=")) {
        try {
          q = Double.parseDouble(param.substring(2));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    if (tag.isEmpty() || q <= 0 || q > 1) {
      return Optional.empty();
    }
    return Optional.of(new Range(tag, q, position));
  }

  private static Optional<String> match(String tag, LocaleSettings settings) {
    if (tag.equals("*")) {
      return Optional.of(settings.defaultLocale());
    }
    String lower = tag.toLowerCase(Locale.ROOT).replace('_', '-');
    for (String locale : settings.locales()) {
      if (locale.toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(locale);
      }
    }
    String language = lower.split("-")[0];
    if (language.equals("no") && settings.isConfigured("nb")) {
      return Optional.of("nb");
    }
    return settings.locales().stream()
        .filter(l -> l.toLowerCase(Locale.ROOT).split("-")[0].equals(language))
        .findFirst();
  }
}
