package no.ordna.cms.api.webhook;

import java.util.List;
import java.util.Set;
import no.ordna.cms.webhook.application.CreatedWebhook;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook just made or given a new secret, with the secret (shown this once). */
@Schema(description = "A webhook with its signing secret, shown only in this response")
public record WebhookSecretResponse(
    String id,
    String url,
    String description,
    List<String> events,
    Set<String> contentTypes,
    Set<String> locales,
    boolean enabled,
    @Schema(format = "date-time") String createdAt,
    String createdBy,
    @Schema(format = "date-time") String updatedAt,
    @Schema(
            description =
                "The Standard Webhooks signing secret: whsec_ and the base64 of 32 bytes; keep it"
                    + " where the receiver verifies signatures")
        String secret) {

  static WebhookSecretResponse of(CreatedWebhook created) {
    var view = created.webhook();
    return new WebhookSecretResponse(
        view.id(),
        view.url(),
        view.description(),
        view.events(),
        view.contentTypes(),
        view.locales(),
        view.enabled(),
        WebhookResponse.iso(view.createdAt()),
        view.createdBy(),
        WebhookResponse.iso(view.updatedAt()),
        created.secret());
  }
}
