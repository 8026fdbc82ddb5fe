package no.ordna.cms.api.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import no.ordna.cms.localization.domain.LanguagePreferences;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.search.domain.SearchQuery;
import no.ordna.cms.shared.Violations;

/**
 * Reads a search request's query parameters strictly: {@code q} (required, 1-200 characters),
 * {@code locale} (a configured locale; without it, {@code Accept-Language}, else the default),
 * {@code type} (an existing content type), {@code limit} (1-50, default 10). Anything else, a
 * repeated parameter or a bad value is a 400 naming the parameter.
 */
public final class SearchRequestParser {

  private static final Set<String> KNOWN = Set.of("q", "locale", "type", "limit");

  private SearchRequestParser() {}

  public static SearchQuery parse(
      Map<String, List<String>> params,
      LanguagePreferences languages,
      LocaleSettings settings,
      Predicate<String> typeExists) {
    Violations violations = new Violations();
    params.forEach(
        (name, values) -> {
          if (!KNOWN.contains(name)) {
            violations.add(name, "unknown parameter; known: q, locale, type, limit");
          } else if (values.size() > 1) {
            violations.add(name, "is given more than once");
          }
        });
    String q = single(params, "q");
    if (q == null) {
      violations.add("q", "is required");
    } else if (!SearchQuery.validText(q)) {
      violations.add("q", "must be 1-" + SearchQuery.MAX_LENGTH + " characters");
    }
    String locale = single(params, "locale");
    if (locale != null && !settings.isConfigured(locale)) {
      violations.add("locale", "unknown locale; configured: " + settings.locales());
    }
    String type = single(params, "type");
    if (type != null && !typeExists.test(type)) {
      violations.add("type", "unknown content type '" + type + "'");
    }
    int limit = limit(single(params, "limit"), violations);
    violations.throwIfAny("Invalid search");
    String requested = locale != null ? locale : languages.bestLocale(settings);
    return new SearchQuery(q, requested, settings.resolutionOrder(requested), type, limit);
  }

  private static String single(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static int limit(String value, Violations violations) {
    if (value == null) {
      return SearchQuery.DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= SearchQuery.MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    violations.add("limit", "must be a whole number from 1 to " + SearchQuery.MAX_LIMIT);
    return SearchQuery.DEFAULT_LIMIT;
  }
}
