package no.ordna.cms.api.translation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented shape of one change of a source field, for the OpenAPI document only (the values
 * before and after are free-form: they depend on the field's type).
 */
@Schema(
    name = "SourceFieldChange",
    description =
        "One field of the source changed since the translation: its values before and after"
            + " (free-form; null when absent) and, for rich text and blocks, the changed parts")
public record SourceChangeSchema(
    @Schema(required = true) String field,
    @Schema(
            required = true,
            enumeration = {"added", "removed", "changed"})
        String change,
    @Schema(
            required = true,
            nullable = true,
            additionalProperties = Schema.True.class,
            description = "The value before: any JSON value, as the field's type has it")
        Object before,
    @Schema(
            required = true,
            nullable = true,
            additionalProperties = Schema.True.class,
            description = "The value after: any JSON value, as the field's type has it")
        Object after,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = PartSchema.class,
            description = "Paragraphs or blocks changed (rich text and blocks fields)")
        List<Object> parts) {
  /** One changed part of a rich-text or blocks field. */
  @Schema(
      name = "SourcePartChange",
      description =
          "A paragraph or block of the field that changed; its members depend on the kind",
      additionalProperties = Schema.True.class)
  public record PartSchema() {}
}
