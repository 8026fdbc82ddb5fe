package no.ordna.cms.api.translation;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A translation beside its source, with the source's changes since the translation. */
@Schema(
    name = "TranslationDetail",
    description = "A translation beside its source, with the source's changes since it was made")
// a missing translation is an explicit null, which Yasson 3.0 does not write for an object
@JsonbTypeSerializer(TranslationDetailView.Writer.class)
public record TranslationDetailView(
    @Schema(required = true) String itemId,
    @Schema(required = true, description = "Content type key") String type,
    @Schema(required = true, description = "The target locale") String locale,
    @Schema(
            required = true,
            enumeration = {"missing", "outdated", "in_progress", "done"})
        String status,
    @Schema(required = true) SourceView source,
    @Schema(
            required = true,
            type = SchemaType.ARRAY,
            implementation = SourceChangeSchema.class,
            description = "Empty unless outdated")
        List<JsonObject> sourceChanges,
    @Schema(required = true, nullable = true, description = "null when missing")
        TranslationStateView translation) {

  /** Writes the members in their order, a missing translation as null. */
  public static final class Writer implements JsonbSerializer<TranslationDetailView> {
    @Override
    public void serialize(
        TranslationDetailView detail, JsonGenerator json, SerializationContext context) {
      json.writeStartObject();
      json.write("itemId", detail.itemId());
      json.write("type", detail.type());
      json.write("locale", detail.locale());
      json.write("status", detail.status());
      context.serialize("source", detail.source(), json);
      context.serialize("sourceChanges", detail.sourceChanges(), json);
      if (detail.translation() == null) {
        json.writeNull("translation");
      } else {
        context.serialize("translation", detail.translation(), json);
      }
      json.writeEnd();
    }
  }
}
