package no.ordna.cms.api.asset;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of assets, newest first. */
@Schema(name = "AssetList", description = "A page of assets, newest first")
@JsonbPropertyOrder({"items", "next"})
public record AssetList(
    @Schema(required = true, type = SchemaType.ARRAY, implementation = AssetView.class)
        List<AssetView> items,
    @JsonbNillable
        @Schema(
            nullable = true,
            description = "The cursor of the next page (pass it as cursor), or null on the last")
        String next) {}
