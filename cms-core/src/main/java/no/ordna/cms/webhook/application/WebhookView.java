package no.ordna.cms.webhook.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.ordna.cms.webhook.domain.EventType;
import no.ordna.cms.webhook.domain.Webhook;

/** A webhook as the API shows it: everything but its secret. */
public record WebhookView(
    String id,
    String url,
    String description,
    List<String> events,
    Set<String> contentTypes,
    Set<String> locales,
    boolean enabled,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String etag) {

  static WebhookView of(Webhook webhook) {
    return new WebhookView(
        webhook.id(),
        webhook.url(),
        webhook.description(),
        webhook.events().stream().map(EventType::wireName).toList(),
        webhook.settings().contentTypes(),
        webhook.settings().locales(),
        webhook.enabled(),
        webhook.createdAt(),
        webhook.createdBy(),
        webhook.updatedAt(),
        "\"w" + webhook.version() + "\"");
  }
}
