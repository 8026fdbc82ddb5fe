package no.ordna.cms.api.asset;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An asset's texts in one locale; absent members have no text. */
@Schema(name = "AssetText", description = "An asset's texts in one locale; absent: no text")
@JsonbPropertyOrder({"title", "alt", "caption", "credit", "licence"})
public record AssetTextView(
    @Schema(maxLength = 300) String title,
    @Schema(maxLength = 500, description = "Alternative text for images") String alt,
    @Schema(maxLength = 2000) String caption,
    @Schema(maxLength = 300) String credit,
    @Schema(maxLength = 300) String licence) {}
