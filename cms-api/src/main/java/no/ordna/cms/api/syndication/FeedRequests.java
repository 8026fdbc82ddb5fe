package no.ordna.cms.api.syndication;

import java.util.List;
import java.util.Map;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.localization.domain.LanguagePreferences;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.syndication.domain.FeedRequest;

/**
 * Reads a feed request's query strictly, like the delivery API: {@code locale} (else {@code
 * Accept-Language}, else the default locale) and {@code limit} (1-100, default 20); anything else,
 * a repeated parameter, an unknown locale or a bad limit is a 400 naming the parameter. Whether the
 * type exists is checked when the feed is built (404); a key that cannot be one is a 404 here.
 */
public final class FeedRequests {

  private FeedRequests() {}

  public static FeedRequest parse(
      String typeKey,
      Map<String, List<String>> query,
      LanguagePreferences languages,
      LocaleSettings settings) {
    Violations violations = new Violations();
    query.forEach(
        (name, values) -> {
          if (!name.equals("locale") && !name.equals("limit")) {
            violations.add(name, "unknown parameter; a feed takes locale and limit");
          } else if (values.size() > 1) {
            violations.add(name, "is given more than once");
          }
        });
    String asked = single(query, "locale");
    LocaleCode locale =
        asked == null
            ? new LocaleCode(languages.bestLocale(settings))
            : LocaleCode.exactly(asked).filter(l -> settings.isConfigured(l.value())).orElse(null);
    if (locale == null) {
      violations.add("locale", "unknown locale; configured: " + settings.locales());
    }
    int limit = FeedRequest.DEFAULT_LIMIT;
    String rawLimit = single(query, "limit");
    if (rawLimit != null) {
      limit = rawLimit.matches("[0-9]{1,3}") ? Integer.parseInt(rawLimit) : -1;
      if (limit < 1 || limit > FeedRequest.MAX_LIMIT) {
        violations.add(
            "limit", "must be a whole number from 1 to " + FeedRequest.MAX_LIMIT + " (default 20)");
      }
    }
    violations.throwIfAny("Invalid feed request");
    TypeKey type =
        TypeKey.parse(typeKey)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "unknown-content-type",
                        "No " + TypeKind.CONTENT.wireName() + " type with key '" + typeKey + "'"));
    return new FeedRequest(type, locale, limit);
  }

  private static String single(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
