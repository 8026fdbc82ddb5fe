package no.ordna.cms.api.translation;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item of the translation queue. */
@Schema(name = "TranslationQueueEntry", description = "One item of the translation queue")
// a missing translation is an explicit null, which Yasson 3.0 does not write for an object
@JsonbTypeSerializer(QueueEntryView.Writer.class)
public record QueueEntryView(
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
            implementation = String.class,
            description = "Localized fields missing (missing) or changed in the source (outdated)")
        List<String> fields,
    @Schema(required = true, nullable = true, description = "null when missing")
        TranslationStateView translation) {

  /** Writes the members in their order, a missing translation as null. */
  public static final class Writer implements JsonbSerializer<QueueEntryView> {
    @Override
    public void serialize(QueueEntryView entry, JsonGenerator json, SerializationContext context) {
      json.writeStartObject();
      json.write("itemId", entry.itemId());
      json.write("type", entry.type());
      json.write("locale", entry.locale());
      json.write("status", entry.status());
      context.serialize("source", entry.source(), json);
      context.serialize("fields", entry.fields(), json);
      if (entry.translation() == null) {
        json.writeNull("translation");
      } else {
        context.serialize("translation", entry.translation(), json);
      }
      json.writeEnd();
    }
  }
}
