package no.ordna.cms.delivery.contract;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.shared.Jsons;

/** The JSON Schema of one field's value in a delivery answer, from its definition. */
final class FieldSchemas {

  private FieldSchemas() {}

  /** Scalars are always in the answer when set; references, assets and lists may be left out. */
  static boolean alwaysDelivered(FieldType type) {
    return switch (type) {
      case TEXT, RICH_TEXT, NUMBER, BOOLEAN, DATE, DATE_TIME, SLUG, URL -> true;
      default -> false;
    };
  }

  static JsonObject of(FieldDefinition field, Function<FieldDefinition, JsonObject> blockUnion) {
    JsonObjectBuilder schema = Jsons.createObjectBuilder(value(field, field.type(), blockUnion));
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

  private static JsonObject value(
      FieldDefinition field, FieldType type, Function<FieldDefinition, JsonObject> blockUnion) {
    if (field.holdsArray() && type == field.type()) {
      JsonObjectBuilder array = Jsons.createObjectBuilder().add("type", "array");
      field.intOption("maxItems").ifPresent(max -> array.add("maxItems", max));
      JsonObject items =
          switch (type) {
            case LIST -> value(field, field.itemType().orElse(FieldType.TEXT), blockUnion);
            case TAGS -> Jsons.createObjectBuilder().add("type", "string").build();
            case BLOCKS -> blockUnion.apply(field);
            case REFERENCE, ASSET -> DeliverySchema.string("uuid");
            default -> throw new IllegalStateException(type.toString());
          };
      return array.add("items", items).build();
    }
    JsonObjectBuilder schema = Jsons.createObjectBuilder();
    switch (type) {
      case TEXT -> {
        schema.add("type", "string");
        field.intOption("maxLength").ifPresent(n -> schema.add("maxLength", n));
        field.intOption("minLength").ifPresent(n -> schema.add("minLength", n));
        List<String> allowed = field.stringListOption("allowedValues");
        if (!allowed.isEmpty()) {
          schema.add("enum", Jsons.createArrayBuilder(allowed));
        }
      }
      case RICH_TEXT ->
          schema
              .add("type", "string")
              .add("contentMediaType", "text/html")
              .add("description", "HTML kept by the sanitiser");
      case NUMBER -> {
        schema.add("type", field.flag("integer") ? "integer" : "number");
        field.numberOption("min").ifPresent(n -> schema.add("minimum", n));
        field.numberOption("max").ifPresent(n -> schema.add("maximum", n));
      }
      case BOOLEAN -> schema.add("type", "boolean");
      case DATE -> schema.add("type", "string").add("format", "date");
      case DATE_TIME -> schema.add("type", "string").add("format", "date-time");
      case SLUG -> schema.add("type", "string").add("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
      case URL -> schema.add("type", "string").add("format", "uri");
      case REFERENCE, ASSET -> schema.add("type", "string").add("format", "uuid");
      default -> schema.add("type", "string");
    }
    return schema.build();
  }
}
