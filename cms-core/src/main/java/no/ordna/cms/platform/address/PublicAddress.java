package no.ordna.cms.platform.address;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the public reaches this CMS: {@code cms.public-base-url} (env {@code CMS_PUBLIC_BASE_URL},
 * e.g. {@code https://cms.example.no}); without it {@code http://localhost:<port>}. Absolute URLs
 * the product hands out for itself (a feed's self link, delivery links of types without a front-end
 * URL) are made from this setting and never from a request's {@code Host} header: anyone can send
 * that header, and an answer built from it could be cached and served to everyone else.
 */
@ApplicationScoped
public class PublicAddress {

  @Inject
  @ConfigProperty(name = "cms.public-base-url")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "cms.http.port", defaultValue = "8080")
  int port;

  private String baseUrl;

  @PostConstruct
  void check() {
    baseUrl = checked(configured.filter(v -> !v.isBlank()).orElse("http://localhost:" + port));
  }

  /** The base URL without a trailing slash, e.g. {@code https://cms.example.no}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The base URL of the HTTP API, e.g. {@code https://cms.example.no/api/v1}. */
  public String apiBaseUrl() {
    return baseUrl + "/api/v1";
  }

  /** The value without trailing slashes; refuses anything but an absolute http(s) URL. */
  static String checked(String value) {
    String trimmed = value.trim();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    try {
      URI uri = new URI(trimmed);
      if (uri.getHost() != null
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null) {
        return trimmed;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "cms.public-base-url (CMS_PUBLIC_BASE_URL) must be an absolute http(s) URL without query,"
            + " e.g. https://cms.example.no; it is '"
            + value
            + "'");
  }
}
