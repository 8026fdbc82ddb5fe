package no.ordna.cms.api.webhook;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.webhook.application.DeliveryView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery of an event to a webhook, with the log of its tries. */
@Schema(description = "One event's delivery to the webhook and the log of its tries")
public record DeliveryResponse(
    String id,
    @Schema(description = "The event's id, sent as webhook-id") String eventId,
    @Schema(example = "content.published") String eventType,
    @Schema(description = "The event's number (commit order)") long seq,
    @Schema(format = "date-time") String occurredAt,
    @Schema(enumeration = {"pending", "delivered", "dead"}) String state,
    @Schema(description = "Tries made") int attempts,
    @Schema(format = "date-time", description = "When a pending delivery is tried next")
        String nextAttemptAt,
    Integer lastStatus,
    String lastError,
    @Schema(format = "date-time") String finishedAt,
    List<AttemptResponse> log,
    @Schema(type = SchemaType.OBJECT, description = "The payload sent (one delivery only)")
        JsonObject payload) {

  /** One try. */
  @Schema(description = "One try: when, how long, the status code and the first bytes answered")
  public record AttemptResponse(
      int attempt,
      @Schema(format = "date-time") String at,
      int durationMs,
      @Schema(description = "Absent when no answer came") Integer status,
      boolean success,
      String error,
      @Schema(description = "The first bytes of the answer") String response) {}

  static DeliveryResponse of(DeliveryView view) {
    return new DeliveryResponse(
        view.id(),
        view.eventId(),
        view.eventType(),
        view.seq(),
        WebhookResponse.iso(view.occurredAt()),
        view.state(),
        view.attempts(),
        "pending".equals(view.state()) ? WebhookResponse.iso(view.nextAttemptAt()) : null,
        view.lastStatus(),
        view.lastError(),
        WebhookResponse.iso(view.finishedAt()),
        view.log().stream()
            .map(
                a ->
                    new AttemptResponse(
                        a.attempt(),
                        WebhookResponse.iso(a.at()),
                        a.durationMs(),
                        a.status(),
                        a.success(),
                        a.error(),
                        a.response()))
            .toList(),
        view.payload() == null ? null : parse(view.payload()));
  }

  private static JsonObject parse(String payload) {
    try (var reader = Jsons.createReader(new StringReader(payload))) {
      JsonValue value = reader.readValue();
      return value.asJsonObject();
    }
  }
}
