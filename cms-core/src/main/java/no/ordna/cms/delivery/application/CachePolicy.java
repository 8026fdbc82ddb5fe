package no.ordna.cms.delivery.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP caching headers of delivery answers: public answers may be cached {@code
 * cms.delivery.max-age} seconds (default 60) and served stale while revalidating for {@code
 * cms.delivery.stale-while-revalidate} seconds (default 300); previews are never stored.
 */
@ApplicationScoped
public class CachePolicy {

  public static final String PREVIEW_CACHE_CONTROL = "private, no-store";

  /** What a delivery answer varies by: the reader's languages, and whether it is gzipped. */
  public static final String VARY = "Accept-Language, Accept-Encoding";

  @Inject
  @ConfigProperty(name = "cms.delivery.max-age", defaultValue = "60")
  int maxAge;

  @Inject
  @ConfigProperty(name = "cms.delivery.stale-while-revalidate", defaultValue = "300")
  int staleWhileRevalidate;

  private String publicCacheControl;

  @PostConstruct
  void formatHeaders() {
    publicCacheControl =
        "public, max-age=" + maxAge + ", stale-while-revalidate=" + staleWhileRevalidate;
  }

  public String publicCacheControl() {
    return publicCacheControl;
  }
}
