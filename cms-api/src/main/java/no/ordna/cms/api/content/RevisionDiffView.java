package no.ordna.cms.api.content;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How two revisions of a variant differ, field by field. */
@Schema(description = "How two revisions differ, in localized and in shared values")
@JsonbPropertyOrder({"from", "to", "fields", "shared"})
public record RevisionDiffView(
    @Schema(description = "The older revision number") int from,
    @Schema(description = "The newer revision number") int to,
    List<FieldChangeView> fields,
    List<FieldChangeView> shared) {}
