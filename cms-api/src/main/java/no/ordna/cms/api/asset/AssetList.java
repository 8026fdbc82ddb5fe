package no.ordna.cms.api.asset;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of assets, newest first. */
@Schema(name = "AssetList", description = "Assets, newest first")
public record AssetList(
    @Schema(required = true, type = SchemaType.ARRAY, implementation = AssetView.class)
        List<AssetView> items) {}
