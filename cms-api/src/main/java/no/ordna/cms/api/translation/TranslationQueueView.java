package no.ordna.cms.api.translation;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a target locale's translation queue. */
@Schema(name = "TranslationQueue", description = "A page of a target locale's translation queue")
@JsonbPropertyOrder({"locale", "items", "next"})
public record TranslationQueueView(
    @Schema(required = true, description = "The target locale") String locale,
    @Schema(required = true, type = SchemaType.ARRAY, implementation = QueueEntryView.class)
        List<QueueEntryView> items,
    @Schema(
            required = true,
            nullable = true,
            description = "The cursor of the next page; null on the last")
        @JsonbNillable
        String next) {}
