package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An array of up to {@code maxItems} values of its {@code itemType}, each checked by that type's
 * rule with the list's options ({@code maxLength}, {@code allowedTypes}, …).
 */
final class ListRule implements FieldRule {

  private static FieldType element(FieldDefinition field) {
    return field.itemType().orElse(FieldType.TEXT);
  }

  @Override
  public Optional<JsonValue> checkOne(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    throw new IllegalStateException("not a single value: list");
  }

  @Override
  public Optional<JsonValue> check(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    return check.elements(field, field.itemType().orElseThrow().rule(), value, path);
  }

  @Override
  public boolean holdsArray(FieldDefinition field) {
    return true;
  }

  @Override
  public boolean alwaysDelivered() {
    return false;
  }

  @Override
  public JsonObject schema(
      FieldDefinition field, Function<FieldDefinition, JsonObject> blockUnion) {
    return FieldRule.arraySchema(field, element(field).rule().schemaOfOne(field));
  }

  @Override
  public String typeScript(
      FieldDefinition field,
      Function<FieldDefinition, String> blockUnion,
      UnaryOperator<String> literal) {
    return "Array<" + element(field).rule().typeScriptOfOne(field, literal) + ">";
  }

  @Override
  public Optional<FieldType> elementType(FieldDefinition field) {
    return Optional.of(element(field));
  }

  @Override
  public void index(FieldDefinition field, JsonValue value, Consumer<IndexEntry> into) {
    FieldRule rule = element(field).rule();
    FieldRule.elements(value).forEach(v -> rule.index(field, v, into));
  }

  /** A list filters as its item type (see {@link FieldType#filterColumn}). */
  @Override
  public Optional<IndexColumn> filterColumn() {
    return Optional.empty();
  }

  @Override
  public void searchText(
      FieldDefinition field,
      JsonValue value,
      Function<String, Optional<TypeDefinition>> blockTypes,
      Consumer<String> into) {
    FieldRule rule = element(field).rule();
    FieldRule.elements(value).forEach(v -> rule.searchText(field, v, blockTypes, into));
  }
}
