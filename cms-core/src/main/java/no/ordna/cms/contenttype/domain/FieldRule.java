package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import no.ordna.cms.shared.Jsons;

/**
 * What one kind of field means for its values: how a value is checked and normalised when it is
 * saved, the shape it has in a delivery answer (its JSON Schema and TypeScript type), what the
 * filter index holds of it and how a filter value is read, and the words it holds for search and
 * translation. Each {@link FieldType} holds one; the defaults here are those of a single scalar
 * value that filters as text and holds no words.
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

  /**
   * The type of a list's elements, when this type holds a list of values of another type (whose
   * rules then apply to each element, for filters too).
   */
  default Optional<FieldType> elementType(FieldDefinition field) {
    return Optional.empty();
  }

  /**
   * The filter index's entries of one value (an element, for a list's item type): by default its
   * text, when it is a string the index can hold.
   */
  default void index(FieldDefinition field, JsonValue value, Consumer<IndexEntry> into) {
    IndexValues.text(value, into);
  }

  /** The column filters on this type compare; empty when it cannot be filtered on. */
  default Optional<IndexColumn> filterColumn() {
    return Optional.of(IndexColumn.TEXT);
  }

  /** A filter value from a URL as the index holds it; empty when it is not a valid one. */
  default Optional<IndexEntry> filterValue(String text) {
    return IndexValues.filterText(text);
  }

  /** The words one value of this type holds. */
  default TextForm textForm() {
    return TextForm.NONE;
  }

  /** Whether the value is an array of blocks, each with fields of its own block type. */
  default boolean holdsBlocks() {
    return false;
  }

  /**
   * The searchable text of a value, each non-blank part stripped: a text, the text of rich text
   * without its markup; types that hold more (tags, lists, blocks) give each part.
   */
  default void searchText(
      FieldDefinition field,
      JsonValue value,
      Function<String, Optional<TypeDefinition>> blockTypes,
      Consumer<String> into) {
    if (textForm() == TextForm.NONE
        || !(value instanceof JsonString string)
        || string.getString().isBlank()) {
      return;
    }
    String text = string.getString().strip();
    into.accept(textForm() == TextForm.RICH ? RichText.plainText(text) : text);
  }

  /** Each element of an array value ({@code value} itself when it is not an array: none). */
  static Iterable<JsonValue> elements(JsonValue value) {
    return value instanceof JsonArray array ? array : java.util.List.of();
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
