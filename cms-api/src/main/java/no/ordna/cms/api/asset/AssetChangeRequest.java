package no.ordna.cms.api.asset;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented shape of a change of an asset; {@link AssetRequests} reads it strictly (unknown
 * members refused, every problem with its path).
 */
@Schema(
    name = "AssetChangeRequest",
    description =
        "Texts per locale (only the locales named change), focal point and file name (these two"
            + " need the right to manage assets)")
public record AssetChangeRequest(
    @Schema(additionalProperties = AssetTextView.class) Map<String, AssetTextView> texts,
    FocalPointView focalPoint,
    String fileName) {}
