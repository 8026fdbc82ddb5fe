package no.ordna.cms.syndication.domain;

/**
 * One checked feed read: the content type, the locale the reader asked for (entries fall back along
 * its chain), how many entries, and the API's configured public base URL (for the self link, and
 * for entries of types without a front-end URL pattern).
 */
public record FeedRequest(String typeKey, String locale, int limit, String apiBaseUrl) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  /** The feed's own URL, always naming its locale (and its limit when not the default). */
  public String selfHref() {
    return UrlPattern.trimSlash(apiBaseUrl)
        + "/content/"
        + typeKey
        + "/feed.atom?locale="
        + locale
        + (limit == DEFAULT_LIMIT ? "" : "&limit=" + limit);
  }

  /** The cache key: everything the feed's bytes depend on. */
  public String cacheKey() {
    return "feed " + selfHref();
  }
}
