package no.ordna.cms.api.content;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A content item with its shared values and every locale variant. */
@Schema(description = "A content item with its shared values and all its locale variants")
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
  "shared",
  "variants"
})
public record ItemView(
    @Schema(format = "uuid") String id,
    @Schema(description = "Content type key", example = "article") String type,
    @Schema(description = "The first variant's locale, the source of translations", example = "nb")
        String originalLocale,
    @Schema(description = "Grows with every change to the item or a variant") int version,
    @Schema(description = "The item's ETag, for If-Match", example = "\"i3\"") String etag,
    @Schema(format = "date-time") String createdAt,
    String createdBy,
    @Schema(format = "date-time") String updatedAt,
    String updatedBy,
    @Schema(description = "Shared (not localized) field values, by field key; free-form")
        JsonObject shared,
    @Schema(description = "The item's variants by locale") Map<String, VariantView> variants) {}
