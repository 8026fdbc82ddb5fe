package no.ordna.cms.delivery.contract;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.function.Function;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.shared.Jsons;

/**
 * The JSON Schema of one field's value in a delivery answer: its type's schema of the value, with
 * the field's label and a description.
 */
final class FieldSchemas {

  private FieldSchemas() {}

  static JsonObject of(FieldDefinition field, Function<FieldDefinition, JsonObject> blockUnion) {
    JsonObjectBuilder schema =
        Jsons.createObjectBuilder(field.type().deliverySchema(field, blockUnion));
    String label = field.label().getOrDefault("en", field.label().get("nb"));
    if (label != null) {
      schema.add("title", label);
    }
    schema.add(
        "description",
        field.type().wireName()
            + (field.localized() ? ", localized" : ", shared by every locale")
            + (field.required() ? ", required" : ""));
    return schema.build();
  }
}
