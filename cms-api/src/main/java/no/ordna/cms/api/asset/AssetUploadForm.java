package no.ordna.cms.api.asset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented parts of a multipart upload, for the OpenAPI document; {@link AssetUploads} reads
 * the body part by part as it arrives.
 */
@Schema(
    name = "AssetUploadForm",
    description =
        "The file in part 'file'; texts in the other parts (or, for a raw upload, in query"
            + " parameters of the same names)")
public record AssetUploadForm(
    @Schema(
            required = true,
            format = "binary",
            description = "The file; its type is found from" + " its bytes")
        String file,
    @Schema(description = "Texts per locale as JSON: {\"nb\": {\"title\": …, \"alt\": …}}")
        String texts,
    @Schema(description = "The locale of title, alt, caption, credit and licence; default nb")
        String locale,
    String title,
    String alt,
    String caption,
    String credit,
    String licence,
    @Schema(description = "x,y, each from 0 to 1", example = "0.5,0.3") String focalPoint,
    @Schema(description = "Default: the file name the client sent") String fileName) {}
