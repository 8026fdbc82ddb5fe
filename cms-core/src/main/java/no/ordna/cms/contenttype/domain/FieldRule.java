package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import no.ordna.cms.shared.Jsons;

/**
 * What one kind of field means for its values: how a value is checked and normalised when it is
 * saved, and the shape it has in a delivery answer (its JSON Schema and TypeScript type). Each
 * {@link FieldType} holds one; the defaults here are those of a single scalar value.
 */
sealed interface FieldRule
    permits TextRule,
        RichTextRule,
        NumberRule,
        BooleanRule,
        DateRule,
        DateTimeRule,
        SlugRule,
        UrlRule,
        ReferenceRule,
        AssetRule,
        ListRule,
        TagsRule,
        BlocksRule {

  /**
   * Checks and normalises one value of this type: the field's value, or one element of a list whose
   * item type this is (the list's options apply). Empty when refused, the reason reported to {@code
   * check} at {@code path}.
   */
  Optional<JsonValue> checkOne(
      FieldDefinition field, JsonValue value, String path, FieldValidator check);

  /** Checks and normalises a field's whole value: one value, or an array where it holds one. */
  default Optional<JsonValue> check(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    return checkOne(field, value, path, check);
  }

  /** Whether the field's value is an array. */
  default boolean holdsArray(FieldDefinition field) {
    return false;
  }

  /**
   * Whether a set value is always in a delivery answer. References, assets and lists may be left
   * out (an unpublished reference, a missing asset).
   */
  default boolean alwaysDelivered() {
    return true;
  }

  /** The JSON Schema of one value of this type (an element, for a list's item type). */
  default JsonObject schemaOfOne(FieldDefinition field) {
    return Jsons.createObjectBuilder().add("type", "string").build();
  }

  /** The JSON Schema of the field's whole value; {@code blockUnion} gives that of a block. */
  default JsonObject schema(
      FieldDefinition field, Function<FieldDefinition, JsonObject> blockUnion) {
    return schemaOfOne(field);
  }

  /** The TypeScript type of one value; {@code literal} quotes a string as a TypeScript literal. */
  default String typeScriptOfOne(FieldDefinition field, UnaryOperator<String> literal) {
    return "string";
  }

  /** The TypeScript type of the field's whole value; {@code blockUnion} names a block union. */
  default String typeScript(
      FieldDefinition field,
      Function<FieldDefinition, String> blockUnion,
      UnaryOperator<String> literal) {
    return typeScriptOfOne(field, literal);
  }

  /** An array schema of {@code items}, with the field's {@code maxItems}. */
  static JsonObject arraySchema(FieldDefinition field, JsonObject items) {
    JsonObjectBuilder array = Jsons.createObjectBuilder().add("type", "array");
    field.intOption("maxItems").ifPresent(max -> array.add("maxItems", max));
    return array.add("items", items).build();
  }

  /** The schema of an item or asset id. */
  static JsonObject uuid() {
    return Jsons.createObjectBuilder().add("type", "string").add("format", "uuid").build();
  }
}
