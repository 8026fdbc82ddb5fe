package no.ordna.cms.api.audit;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded action: who did what to which subject, when, from where, and why. */
@Schema(description = "A recorded action; members without a value are left out")
@JsonbPropertyOrder({
  "id",
  "at",
  "user",
  "action",
  "from",
  "itemId",
  "type",
  "locale",
  "revision",
  "comment",
  "detail"
})
public record AuditEntryView(
    @Schema(format = "uuid") String id,
    @Schema(format = "date-time") String at,
    @Schema(description = "Who did it (user name)") String user,
    @Schema(example = "workflow.publish") String action,
    @Schema(description = "The client address it came from") String from,
    @Schema(format = "uuid") String itemId,
    @Schema(description = "Content type key") String type,
    String locale,
    Integer revision,
    String comment,
    @Schema(description = "What the action changed, as the action records it; free-form")
        JsonObject detail) {}
