package no.ordna.cms.delivery.application;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ordna.cms.localization.domain.LocaleSettings;

/**
 * The cache key of a delivery read: its path, its query parameters in a canonical order, and — when
 * no {@code ?locale=} is given — the locale {@code Accept-Language} resolves to, so two readers who
 * get the same answer share one cache entry.
 *
 * <p>Names and values are percent-encoded again in the key, after decoding: a value may itself hold
 * {@code &}, {@code =} or {@code #} (sent as {@code %26}, {@code %3D}, {@code %23}), and joined
 * undecoded it would spell another query's key — one reader could then fill the cache entry that
 * another, differently meant read is answered from.
 */
public final class DeliveryKeys {

  private DeliveryKeys() {}

  public static String key(
      String path, String rawQuery, String acceptLanguage, LocaleSettings settings) {
    Map<String, List<String>> params = parseQuery(rawQuery);
    StringBuilder key = new StringBuilder(path).append('?');
    new TreeMap<>(params)
        .forEach(
            (name, values) ->
                values.forEach(
                    v -> key.append(encode(name)).append('=').append(encode(v)).append('&')));
    if (!params.containsKey("locale")) {
      key.append("#").append(AcceptLanguage.bestLocale(acceptLanguage, settings));
    }
    return key.toString();
  }

  /** Decoded query parameters in order of appearance; a name may repeat. */
  public static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
