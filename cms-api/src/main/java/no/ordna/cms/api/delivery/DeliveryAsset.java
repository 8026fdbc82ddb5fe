package no.ordna.cms.api.delivery;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An asset used by a delivery answer's content: the file's facts and its texts. */
@Schema(
    description =
        "An asset used by the answer's content: the file's facts and its texts in the locale chain")
public record DeliveryAsset(
    @Schema(format = "uuid", required = true) String id,
    @Schema(
            description =
                "The file, versioned: cache it for a year. Its GET answers 503 asset-file-missing"
                    + " (Retry-After, not cached) while the file is missing from the server's store",
            required = true)
        String url,
    String fileName,
    @Schema(required = true, example = "image/jpeg") String mediaType,
    @Schema(description = "Bytes") Long size,
    Integer width,
    Integer height,
    Integer pageCount,
    String pdfTitle,
    FocalPoint focalPoint,
    String title,
    String alt,
    String caption,
    String credit,
    String licence,
    @Schema(description = "The locale each text came from along the fallback chain")
        Map<String, String> textLocales) {

  /** Where an image's subject is, as fractions of its width and height. */
  @Schema(name = "FocalPoint", description = "The image's subject, as fractions (0-1)")
  public record FocalPoint(double x, double y) {}
}
