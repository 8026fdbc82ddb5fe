package no.ordna.cms.api.contenttype;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A type as changed, with what changed and which migrations of stored content were applied. */
@Schema(
    name = "ContentTypeChange",
    description =
        "The type as changed (the members of ContentTypeDefinition), with what changed and the"
            + " migrations of stored content that were applied")
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
  "updatedBy",
  "changes",
  "migrations"
})
public record TypeChangeView(
    @Schema(required = true) String key,
    @Schema(required = true) Map<String, String> name,
    Map<String, String> description,
    String titleField,
    Boolean reviewRequired,
    String urlPattern,
    String previewUrl,
    @Schema(required = true, type = SchemaType.ARRAY, implementation = FieldDefinitionSchema.class)
        List<JsonObject> fields,
    @Schema(
            required = true,
            enumeration = {"content", "block"})
        String kind,
    @Schema(required = true) int version,
    @Schema(required = true) boolean builtIn,
    @Schema(format = "date-time", required = true) String createdAt,
    @Schema(format = "date-time", required = true) String updatedAt,
    @Schema(required = true) String updatedBy,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = DefinitionChangeView.class,
            required = true,
            description = "What changed; empty when nothing did")
        List<DefinitionChangeView> changes,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            required = true,
            description = "The migrations of stored content applied")
        List<String> migrations) {}
