package no.ordna.cms.api.workflow;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workflow action on a variant, with its comment and, for schedule, its times. */
@Schema(description = "A workflow action; unknown members are refused")
public record TransitionCommand(
    @Schema(
            required = true,
            enumeration = {
              "submit",
              "approve",
              "request_changes",
              "publish",
              "schedule",
              "cancel_schedule",
              "unpublish",
              "archive",
              "unarchive"
            })
        String action,
    @Schema(description = "Kept in the audit trail") String comment,
    @Schema(
            format = "date-time",
            description = "schedule: when to publish (ISO 8601 with offset, not in the past)")
        String publishAt,
    @Schema(
            format = "date-time",
            description = "schedule: when to unpublish (ISO 8601 with offset, not in the past)")
        String unpublishAt) {}
