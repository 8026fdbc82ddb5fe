package no.ordna.cms.localization.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.NotFoundException;
import org.eclipse.microprofile.config.Config;

/**
 * The locale settings in force, read from configuration: {@code cms.locales} (comma-separated,
 * default {@code nb,nn,en,se,smj,sma}), {@code cms.locales.default} (default {@code nb}) and {@code
 * cms.locales.fallback.<locale>} (comma-separated chain; default: the default locale).
 */
@ApplicationScoped
public class LocaleService {

  @Inject Config config;

  private volatile LocaleSettings settings;

  @PostConstruct
  void load() {
    List<String> locales =
        split(config.getOptionalValue("cms.locales", String.class).orElse("nb,nn,en,se,smj,sma"));
    String defaultLocale =
        config.getOptionalValue("cms.locales.default", String.class).orElse("nb");
    Map<String, List<String>> chains = new HashMap<>();
    for (String locale : locales) {
      config
          .getOptionalValue("cms.locales.fallback." + locale, String.class)
          .ifPresent(chain -> chains.put(locale, split(chain)));
    }
    settings = new LocaleSettings(locales, defaultLocale, chains);
  }

  private static List<String> split(String csv) {
    return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  public LocaleSettings settings() {
    return settings;
  }

  /** Checks a locale named in a request body; 400 with the path when it is not configured. */
  public String requireConfigured(String locale, String path) {
    if (locale == null || !settings.isConfigured(locale)) {
      throw InvalidInputException.of(
          path, "unknown locale '" + locale + "'; configured: " + settings.locales());
    }
    return locale;
  }

  /** Checks a locale named in a URL; 404 when it is not configured. */
  public String requireConfiguredInPath(String locale) {
    if (locale == null || !settings.isConfigured(locale)) {
      throw new NotFoundException(
          "unknown-locale",
          "Locale '" + locale + "' is not configured; configured: " + settings.locales());
    }
    return locale;
  }
}
