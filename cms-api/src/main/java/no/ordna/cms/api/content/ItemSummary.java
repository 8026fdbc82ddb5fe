package no.ordna.cms.api.content;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item in the item list: its header and its variants in brief. */
@Schema(description = "An item in the list, with its variants in brief")
@JsonbPropertyOrder({
  "id",
  "type",
  "originalLocale",
  "version",
  "etag",
  "createdAt",
  "createdBy",
  "updatedAt",
  "updatedBy",
  "variants"
})
public record ItemSummary(
    @Schema(format = "uuid") String id,
    String type,
    String originalLocale,
    int version,
    String etag,
    @Schema(format = "date-time") String createdAt,
    String createdBy,
    @Schema(format = "date-time") String updatedAt,
    String updatedBy,
    @Schema(description = "The item's variants by locale") Map<String, VariantSummary> variants) {}
