package no.ordna.cms.api.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.ordna.cms.webhook.application.WebhookView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
    @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
    String createdBy,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant updatedAt) {

  static WebhookResponse of(WebhookView view) {
    return new WebhookResponse(
        view.id(),
        view.url(),
        view.description(),
        view.events(),
        view.contentTypes(),
        view.locales(),
        view.enabled(),
        view.createdAt(),
        view.createdBy(),
        view.updatedAt());
  }
}
