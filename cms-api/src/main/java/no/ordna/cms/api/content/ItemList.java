package no.ordna.cms.api.content;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the item list. */
@Schema(description = "A page of the item list")
@JsonbPropertyOrder({"items", "limit", "next"})
public record ItemList(
    List<ItemSummary> items,
    @Schema(description = "The page size asked for") int limit,
    @JsonbNillable
        @Schema(
            nullable = true,
            description = "The cursor of the next page (pass it as cursor), or null on the last")
        String next) {}
