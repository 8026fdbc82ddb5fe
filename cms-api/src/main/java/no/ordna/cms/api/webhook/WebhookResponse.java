package no.ordna.cms.api.webhook;

import java.util.List;
import java.util.Set;
import no.ordna.cms.webhook.application.WebhookView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook (never its secret). */
@Schema(description = "A webhook; its secret is shown only when it is made or renewed")
public record WebhookResponse(
    String id,
    String url,
    String description,
    @Schema(description = "Event types it gets") List<String> events,
    @Schema(description = "Content types it is limited to (empty: all)") Set<String> contentTypes,
    @Schema(description = "Locales it is limited to (empty: all)") Set<String> locales,
    boolean enabled,
    @Schema(format = "date-time") String createdAt,
    String createdBy,
    @Schema(format = "date-time") String updatedAt) {

  static WebhookResponse of(WebhookView view) {
    return new WebhookResponse(
        view.id(),
        view.url(),
        view.description(),
        view.events(),
        view.contentTypes(),
        view.locales(),
        view.enabled(),
        iso(view.createdAt()),
        view.createdBy(),
        iso(view.updatedAt()));
  }

  /** An instant as the wire writes it: ISO 8601 in UTC (null stays null). */
  static String iso(java.time.Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
