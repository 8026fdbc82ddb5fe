package no.ordna.cms.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The search feature's configuration, with its defaults: {@code cms.search.max-age} (seconds a
 * search answer may be cached by browsers and CDNs, default 10; 0 for {@code no-cache}), {@code
 * cms.search.ready-wait} (how long a search waits for the index while it is first built, default
 * PT10S, then 503) and {@code cms.search.retry-delay} (when an index update that failed, say for a
 * database hiccup, is tried again, default PT5S). {@code cms.search.index-dir} (unset: the index
 * lives in memory and is built from the database at every start) keeps the index on disk in that
 * directory, one per instance, stored every {@code cms.search.commit-interval} (default PT10S) with
 * the publication log position it is complete up to.
 */
@ApplicationScoped
public class SearchSettings {

  @Inject
  @ConfigProperty(name = "cms.search.max-age", defaultValue = "10")
  int maxAge;

  @Inject
  @ConfigProperty(name = "cms.search.ready-wait", defaultValue = "PT10S")
  Duration readyWait;

  @Inject
  @ConfigProperty(name = "cms.search.retry-delay", defaultValue = "PT5S")
  Duration retryDelay;

  @Inject
  @ConfigProperty(name = "cms.search.index-dir")
  Optional<String> indexDir;

  @Inject
  @ConfigProperty(name = "cms.search.commit-interval", defaultValue = "PT10S")
  Duration commitInterval;

  public Optional<String> indexDir() {
    return indexDir.filter(dir -> !dir.isBlank());
  }

  public Duration commitInterval() {
    return commitInterval;
  }

  /**
   * Search answers are computed per request, never kept in the representation cache; they may be
   * cached briefly downstream, which bounds how long an unpublished item can still be listed there.
   */
  public String cacheControl() {
    return maxAge > 0 ? "public, max-age=" + maxAge : "no-cache";
  }

  public Duration readyWait() {
    return readyWait;
  }

  public Duration retryDelay() {
    return retryDelay;
  }
}
