package no.ordna.cms.api.delivery;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a preview token may read, for how long, and optionally the variant it is made for. */
@Schema(description = "A preview token's lifetime and types; unknown members are refused")
public record PreviewTokenRequest(
    @Schema(
            description = "ISO 8601 duration, PT1M to P7D",
            defaultValue = "PT1H",
            example = "PT30M")
        String expiresIn,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "Content types it may read (default: all)")
        List<String> types,
    @Schema(format = "uuid", description = "An item, for its variant's front-end preview URL")
        String item,
    @Schema(description = "The item's locale (required with item)") String locale) {}
