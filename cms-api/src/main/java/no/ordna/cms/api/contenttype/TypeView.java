package no.ordna.cms.api.contenttype;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A content or block type: its definition, then its version and who changed it last. */
@Schema(
    name = "ContentTypeDefinition",
    description =
        "A content or block type: its definition (key, names, fields …), then its version and who"
            + " changed it last")
@JsonbPropertyOrder({
  "key",
  "name",
  "description",
  "titleField",
  "reviewRequired",
  "urlPattern",
  "previewUrl",
  "fields",
  "kind",
  "version",
  "builtIn",
  "createdAt",
  "updatedAt",
  "updatedBy"
})
public record TypeView(
    @Schema(required = true, example = "article") String key,
    @Schema(required = true, description = "The name per locale") Map<String, String> name,
    @Schema(description = "The description per locale (absent when there is none)")
        Map<String, String> description,
    @Schema(description = "The field an item's title comes from") String titleField,
    @Schema(description = "Content types: whether publishing needs a review")
        Boolean reviewRequired,
    @Schema(description = "Content types: the front-end URL of an item, for feeds and sitemaps")
        String urlPattern,
    @Schema(description = "Content types: where the front end shows a draft") String previewUrl,
    @Schema(
            required = true,
            type = SchemaType.ARRAY,
            implementation = FieldDefinitionSchema.class,
            description = "The fields, in order")
        List<JsonObject> fields,
    @Schema(
            required = true,
            enumeration = {"content", "block"})
        String kind,
    @Schema(required = true, description = "The definition version, one up with every change")
        int version,
    @Schema(required = true, description = "Shipped with the product (and changeable)")
        boolean builtIn,
    @Schema(format = "date-time", required = true) String createdAt,
    @Schema(format = "date-time", required = true) String updatedAt,
    @Schema(required = true) String updatedBy) {}
