package no.ordna.cms.api.contenttype;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented shape of a type definition sent to create or change a type. The body is read by
 * the definition parser of the core (every problem reported with its path), so this record serves
 * the OpenAPI document.
 */
@Schema(
    name = "TypeDefinitionRequest",
    description =
        "A type definition. urlPattern (front-end URL for feeds and sitemaps) and previewUrl (where"
            + " the front end shows a draft) are content-type properties: a path on"
            + " CMS_FRONTEND_BASE_URL or an absolute http(s) URL with the placeholders {id},"
            + " {locale}, {slug} and {type}; previewUrl may also hold {token}")
public record TypeDefinitionRequest(
    @Schema(required = true, description = "a-z, 0-9 and '-'; cannot change", example = "article")
        String key,
    @Schema(required = true, description = "The name per locale") Map<String, String> name,
    @Schema(description = "The description per locale") Map<String, String> description,
    @Schema(description = "The field an item's title comes from (default: the first text field)")
        String titleField,
    @Schema(description = "Content types: whether publishing needs a review")
        Boolean reviewRequired,
    @Schema(description = "Content types: the front-end URL of an item") String urlPattern,
    @Schema(description = "Content types: where the front end shows a draft") String previewUrl,
    @Schema(required = true, type = SchemaType.ARRAY, implementation = FieldDefinitionSchema.class)
        List<JsonObject> fields) {}
