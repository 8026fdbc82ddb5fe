package no.ordna.cms.api.audit;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the audit trail, newest first. */
@Schema(description = "A page of the audit trail, newest first")
@JsonbPropertyOrder({"items", "next"})
public record AuditList(
    List<AuditEntryView> items,
    @JsonbNillable
        @Schema(
            nullable = true,
            description = "The cursor of the next page (pass it as cursor), or null on the last")
        String next) {}
