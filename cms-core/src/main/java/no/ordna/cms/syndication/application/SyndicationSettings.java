package no.ordna.cms.syndication.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import no.ordna.cms.syndication.domain.UrlPattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Configuration of feeds and sitemaps, defaults in this one place: {@code cms.frontend.base-url}
 * (env {@code CMS_FRONTEND_BASE_URL}, default {@code http://localhost:3000}) — the public front end
 * that type URL patterns starting with '/' are resolved against; {@code cms.site.name} (default
 * {@code Ordna CMS}); {@code cms.feed.author} (default: the site name), the author of every feed.
 */
@ApplicationScoped
public class SyndicationSettings {

  public static final String DEFAULT_BASE_URL = "http://localhost:3000";
  public static final String DEFAULT_SITE_NAME = "Ordna CMS";

  @Inject
  @ConfigProperty(name = "cms.frontend.base-url", defaultValue = DEFAULT_BASE_URL)
  String baseUrl;

  @Inject
  @ConfigProperty(name = "cms.site.name", defaultValue = DEFAULT_SITE_NAME)
  String siteName;

  @Inject
  @ConfigProperty(name = "cms.feed.author")
  Optional<String> feedAuthor;

  @PostConstruct
  void check() {
    baseUrl = checkedBaseUrl(baseUrl);
  }

  /** The base URL without trailing slash; refuses anything but an absolute http(s) URL. */
  static String checkedBaseUrl(String value) {
    String trimmed = UrlPattern.trimSlash(value == null ? "" : value.trim());
    try {
      URI uri = new URI(trimmed);
      if (uri.getHost() != null
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null) {
        return trimmed;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "cms.frontend.base-url (CMS_FRONTEND_BASE_URL) must be an absolute http(s) URL without"
            + " query, e.g. https://www.example.no; it is '"
            + value
            + "'");
  }

  /** The front end's base URL, without trailing slash, e.g. {@code https://www.example.no}. */
  public String frontendBaseUrl() {
    return baseUrl;
  }

  public String siteName() {
    return siteName;
  }

  public String feedAuthor() {
    return feedAuthor.filter(a -> !a.isBlank()).orElse(siteName);
  }
}
