package no.ordna.cms.delivery.domain;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Surrogate keys: the names a cache in front (Varnish, Fastly, Cloudflare, a Next.js data cache)
 * files a delivery answer under, so that a change purges exactly the answers it makes stale. They
 * are the tags this instance's own cache is cleared by, with public names:
 *
 * <ul>
 *   <li>{@code item:<id>} — answers showing the item (its own, lists it is in, answers that include
 *       or refer to it);
 *   <li>{@code type:<key>} — the type's lists and feeds;
 *   <li>{@code typedef:<key>} — answers built with the type's definition; {@code typedefs} — the
 *       answers built with all of them (TypeScript declarations);
 *   <li>{@code asset:<id>} — answers describing the asset;
 *   <li>{@code sitemap} — the sitemap;
 *   <li>{@code locale:<code>} — answers served in the locale;
 *   <li>{@code cms} — every answer (purged when the locales change).
 * </ul>
 *
 * <p>A header longer than {@link #MAX_HEADER_BYTES} (a long list with many references) would be cut
 * or refused by some caches: then the item keys are replaced by the type keys of the types the
 * answer shows, which every change of such an item purges too (the answer is purged more often,
 * never less).
 */
public final class SurrogateKeys {

  /** The key of every answer. */
  public static final String GLOBAL = "cms";

  /**
   * Within Varnish's default {@code http_resp_hdr_len} (8 KiB), Fastly's and Cloudflare's limits.
   */
  public static final int MAX_HEADER_BYTES = 8000;

  private SurrogateKeys() {}

  /** The keys of an answer with these cache tags served in {@code language}, specific first. */
  public static List<String> of(Collection<String> tags, String language) {
    Set<String> keys = new LinkedHashSet<>();
    tags.forEach(tag -> keys.add(publicName(tag)));
    if (language != null && !language.isEmpty()) {
      keys.add("locale:" + language);
    }
    keys.add(GLOBAL);
    if (String.join(" ", keys).getBytes(StandardCharsets.UTF_8).length <= MAX_HEADER_BYTES) {
      return List.copyOf(keys);
    }
    Set<String> coarse = new LinkedHashSet<>();
    for (String key : keys) {
      if (key.startsWith("typedef:")) {
        coarse.add("type:" + key.substring("typedef:".length()));
        coarse.add(key);
      } else if (!key.startsWith("item:")) {
        coarse.add(key);
      }
    }
    return List.copyOf(coarse);
  }

  /** The public name of a cache tag. */
  public static String publicName(String tag) {
    if (tag.equals(Representation.ALL)) {
      return "sitemap";
    }
    if (tag.equals("typedef:*")) {
      return "typedefs";
    }
    return tag;
  }
}
