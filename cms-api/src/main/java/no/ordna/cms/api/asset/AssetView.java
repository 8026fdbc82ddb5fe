package no.ordna.cms.api.asset;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An asset in the management API: every fact of its file, every locale's texts, who changed it. */
@Schema(
    name = "Asset",
    description = "An uploaded file: its facts, its texts per locale, its URL and who changed it")
@JsonbPropertyOrder({
  "id",
  "url",
  "fileName",
  "mediaType",
  "size",
  "contentHash",
  "width",
  "height",
  "pageCount",
  "pdfTitle",
  "focalPoint",
  "texts",
  "etag",
  "createdAt",
  "createdBy",
  "updatedAt",
  "updatedBy"
})
public record AssetView(
    @Schema(required = true) String id,
    @Schema(
            required = true,
            description =
                "The public URL of the file (cacheable for good). GET or HEAD on it answers the"
                    + " file; 404 for an asset that is unknown or not yours to see; 503"
                    + " asset-file-missing (Retry-After, not cached) when the asset exists but its"
                    + " bytes are missing from the server's store, e.g. after a partial restore")
        String url,
    @Schema(required = true) String fileName,
    @Schema(required = true, example = "image/jpeg") String mediaType,
    @Schema(required = true, description = "Bytes") long size,
    @Schema(required = true, description = "SHA-256 of the bytes, hex") String contentHash,
    @Schema(description = "Images: pixels") Integer width,
    @Schema(description = "Images: pixels") Integer height,
    @Schema(description = "PDFs: pages") Integer pageCount,
    @Schema(description = "PDFs: the title in the document's metadata") String pdfTitle,
    @Schema(description = "Images: the point crops keep in view") FocalPointView focalPoint,
    @Schema(
            required = true,
            description = "Texts per locale (only locales with any text)",
            additionalProperties = AssetTextView.class)
        Map<String, AssetTextView> texts,
    @Schema(required = true, description = "The entity tag; send it as If-Match to change")
        String etag,
    @Schema(required = true, format = "date-time") String createdAt,
    @Schema(required = true) String createdBy,
    @Schema(required = true, format = "date-time") String updatedAt,
    @Schema(required = true) String updatedBy) {}
