package no.ordna.cms.api.trash;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the trash, most recently deleted first. */
@Schema(description = "A page of the trash, most recently deleted first")
@JsonbPropertyOrder({"items", "next"})
public record TrashList(
    List<TrashedItemView> items,
    @JsonbNillable
        @Schema(
            nullable = true,
            description = "The cursor of the next page (pass it as cursor), or null on the last")
        String next) {}
