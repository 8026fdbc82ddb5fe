package no.ordna.cms.api.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ordna.cms.localization.domain.LanguagePreferences;
import no.ordna.cms.localization.domain.LocaleSettings;

/**
 * The cache key of a published delivery read, built at the edge from the parsed request before it
 * is checked (so that a cache hit costs no more than this): its type and item, its decoded query
 * parameters in a canonical order, and — when no {@code ?locale=} is given — the locale the
 * reader's language preferences resolve to, so two readers who get the same answer share one cache
 * entry.
 *
 * <p>The key must never be the same for two reads that mean different things: names and values are
 * percent-encoded again in the key, after decoding, since a value may itself hold {@code &}, {@code
 * =} or {@code #} (sent as {@code %26}, {@code %3D}, {@code %23}); joined as they are they would
 * spell another query's key, and one reader could fill the entry another, differently meant read is
 * answered from.
 */
public final class DeliveryKeys {

  private DeliveryKeys() {}

  public static String key(
      String type,
      String idOrSlug,
      Map<String, List<String>> params,
      LanguagePreferences languages,
      LocaleSettings settings) {
    StringBuilder key = new StringBuilder("content/").append(encode(type));
    if (idOrSlug != null) {
      key.append('/').append(encode(idOrSlug));
    }
    key.append('?');
    new TreeMap<>(params)
        .forEach(
            (name, values) ->
                values.forEach(
                    v -> key.append(encode(name)).append('=').append(encode(v)).append('&')));
    if (!params.containsKey("locale")) {
      key.append("#").append(languages.bestLocale(settings));
    }
    return key.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
