package no.ordna.cms.localization.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configured locales: their order, the default, and each locale's fallback chain (the locales
 * tried, in order, when content is missing in the asked one). Immutable; invariants: the default is
 * configured, every chain names configured locales only and has no cycles.
 */
public final class LocaleSettings {

  private final List<String> locales;
  private final String defaultLocale;
  private final Map<String, List<String>> fallbacks;

  public LocaleSettings(
      List<String> locales, String defaultLocale, Map<String, List<String>> fallbacks) {
    if (locales.isEmpty()) {
      throw new IllegalArgumentException("at least one locale must be configured");
    }
    Set<String> known = new LinkedHashSet<>();
    for (String locale : locales) {
      new LocaleCode(locale);
      if (!known.add(locale)) {
        throw new IllegalArgumentException("locale listed twice: " + locale);
      }
    }
    if (!known.contains(defaultLocale)) {
      throw new IllegalArgumentException("the default locale is not configured: " + defaultLocale);
    }
    Map<String, List<String>> chains = new LinkedHashMap<>();
    for (String locale : locales) {
      List<String> chain = fallbacks.getOrDefault(locale, defaultChain(locale, defaultLocale));
      for (String step : chain) {
        if (!known.contains(step)) {
          throw new IllegalArgumentException(
              "fallback of " + locale + " names an unknown locale: " + step);
        }
        if (step.equals(locale)) {
          throw new IllegalArgumentException("fallback of " + locale + " names itself");
        }
      }
      chains.put(locale, List.copyOf(chain));
    }
    this.locales = List.copyOf(locales);
    this.defaultLocale = defaultLocale;
    this.fallbacks = Map.copyOf(chains);
    for (String locale : locales) {
      resolutionOrder(locale);
    }
  }

  private static List<String> defaultChain(String locale, String defaultLocale) {
    return locale.equals(defaultLocale) ? List.of() : List.of(defaultLocale);
  }

  /** The product's defaults: nb first, every other locale falling back to nb. */
  public static LocaleSettings defaults() {
    return new LocaleSettings(List.of("nb", "nn", "en", "se", "smj", "sma"), "nb", Map.of());
  }

  public List<String> locales() {
    return locales;
  }

  public String defaultLocale() {
    return defaultLocale;
  }

  public boolean isConfigured(String locale) {
    return fallbacks.containsKey(locale);
  }

  public List<String> fallbackChain(String locale) {
    return fallbacks.getOrDefault(locale, List.of());
  }

  /**
   * The locales to try for a request in {@code locale}: itself, then its chain, following each
   * fallback's own chain (depth first, each locale once).
   *
   * @throws IllegalArgumentException when the chains form a cycle
   */
  public List<String> resolutionOrder(String locale) {
    List<String> order = new ArrayList<>();
    walk(locale, order, new LinkedHashSet<>());
    return order;
  }

  private void walk(String locale, List<String> order, Set<String> path) {
    if (!path.add(locale)) {
      throw new IllegalArgumentException("fallback chains form a cycle: " + path + " -> " + locale);
    }
    if (!order.contains(locale)) {
      order.add(locale);
    }
    for (String next : fallbackChain(locale)) {
      if (path.contains(next)) {
        throw new IllegalArgumentException("fallback chains form a cycle: " + path + " -> " + next);
      }
      if (!order.contains(next)) {
        walk(next, order, path);
      }
    }
    path.remove(locale);
  }

  /** The first configured locale in {@code order} that {@code available} holds. */
  public Optional<String> firstAvailable(String locale, Set<String> available) {
    return resolutionOrder(locale).stream().filter(available::contains).findFirst();
  }
}
