package no.ordna.cms.api.asset;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What uploads and renditions accept. */
@Schema(name = "AssetLimits", description = "What uploads and renditions accept")
@JsonbPropertyOrder({
  "maxBytes",
  "acceptedTypes",
  "maxPixels",
  "renditionWidths",
  "renditionRatios"
})
public record AssetLimits(
    @Schema(required = true, description = "The largest file, in bytes") long maxBytes,
    @Schema(
            required = true,
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "Accepted media types")
        List<String> acceptedTypes,
    @Schema(required = true, description = "The most pixels of an image") long maxPixels,
    @Schema(
            required = true,
            type = SchemaType.ARRAY,
            implementation = Integer.class,
            description = "Widths renditions are made in")
        List<Integer> renditionWidths,
    @Schema(
            required = true,
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "Crop ratios, e.g. 16:9")
        List<String> renditionRatios) {}
