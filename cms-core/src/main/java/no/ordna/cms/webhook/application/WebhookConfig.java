package no.ordna.cms.webhook.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.ordna.cms.platform.outbound.OutboundPolicy;
import no.ordna.cms.webhook.domain.RetrySchedule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of webhook delivery and cache purges, defaults in this one place:
 *
 * <ul>
 *   <li>{@code cms.webhook.max-attempts} ({@code CMS_WEBHOOK_MAX_ATTEMPTS}, 12): tries before a
 *       delivery is dead;
 *   <li>{@code cms.webhook.retry-base} ({@code CMS_WEBHOOK_RETRY_BASE}, {@code PT5S}) and {@code
 *       cms.webhook.retry-max} ({@code CMS_WEBHOOK_RETRY_MAX}, {@code PT1H}): the back-off,
 *       doubling from base up to max, with jitter;
 *   <li>{@code cms.webhook.log-retention} ({@code CMS_WEBHOOK_LOG_RETENTION}, {@code P14D}): how
 *       long finished deliveries and their log are kept;
 *   <li>{@code cms.varnish.url} ({@code CMS_VARNISH_URL}, none): comma-separated URLs of caches in
 *       front that are sent a purge by surrogate key on every change of what is published.
 * </ul>
 */
@ApplicationScoped
public class WebhookConfig {

  @Inject
  @ConfigProperty(name = "cms.webhook.max-attempts", defaultValue = "12")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "cms.webhook.retry-base", defaultValue = "PT5S")
  Duration retryBase;

  @Inject
  @ConfigProperty(name = "cms.webhook.retry-max", defaultValue = "PT1H")
  Duration retryMax;

  @Inject
  @ConfigProperty(name = "cms.webhook.log-retention", defaultValue = "P14D")
  Duration logRetention;

  @Inject
  @ConfigProperty(name = "cms.varnish.url")
  Optional<String> varnishUrls;

  @Inject OutboundPolicy policy;

  private RetrySchedule schedule;
  private List<String> purgeUrls;

  @PostConstruct
  void check() {
    schedule = new RetrySchedule(retryBase, retryMax, maxAttempts);
    purgeUrls =
        Arrays.stream(varnishUrls.orElse("").split(","))
            .map(String::trim)
            .filter(u -> !u.isEmpty())
            .toList();
    for (String url : purgeUrls) {
      try {
        policy.checkUrl(url);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "cms.varnish.url (CMS_VARNISH_URL): " + url + " " + e.getMessage(), e);
      }
    }
  }

  public RetrySchedule retrySchedule() {
    return schedule;
  }

  public Duration logRetention() {
    return logRetention;
  }

  /** Where purges go (none: no cache in front to purge). */
  public List<String> purgeUrls() {
    return purgeUrls;
  }
}
