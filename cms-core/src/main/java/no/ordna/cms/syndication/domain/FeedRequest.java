package no.ordna.cms.syndication.domain;

import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.localization.domain.LocaleCode;

/**
 * One checked feed read, as the edge parsed it: the content type, the locale the reader asked for
 * (entries fall back along its chain) and how many entries.
 */
public record FeedRequest(TypeKey type, LocaleCode locale, int limit) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public FeedRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("a feed of " + limit + " entries");
    }
  }

  /**
   * The feed's own URL under the API's public base URL, always naming its locale (and its limit
   * when not the default).
   */
  public String selfHref(String apiBaseUrl) {
    return UrlPattern.trimSlash(apiBaseUrl)
        + "/content/"
        + type.value()
        + "/feed.atom?locale="
        + locale.value()
        + (limit == DEFAULT_LIMIT ? "" : "&limit=" + limit);
  }

  /** The cache key: everything the feed's bytes depend on. */
  public String cacheKey(String apiBaseUrl) {
    return "feed " + selfHref(apiBaseUrl);
  }
}
