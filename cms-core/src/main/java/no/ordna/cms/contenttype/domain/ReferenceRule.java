package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import no.ordna.cms.shared.Jsons;

/**
 * The id of a content item, one or (with {@code multiple}) an array of up to {@code maxItems}.
 * Whether the items exist and have one of the {@code allowedTypes} is for the caller to resolve
 * from {@link FieldValidator#references()}.
 */
final class ReferenceRule implements FieldRule {

  @Override
  public Optional<JsonValue> checkOne(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    return check
        .string(value, path)
        .flatMap(
            id -> {
              if (!FieldValidator.isItemId(id)) {
                return check.refuse(path, "must be the id of a content item");
              }
              check.referenced(
                  new ReferenceCheck(path, id, field.stringListOption("allowedTypes")));
              return Optional.of(Jsons.createValue(id));
            });
  }

  @Override
  public Optional<JsonValue> check(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    return holdsArray(field)
        ? check.elements(field, this, value, path)
        : checkOne(field, value, path, check);
  }

  @Override
  public boolean holdsArray(FieldDefinition field) {
    return field.flag("multiple");
  }

  @Override
  public boolean alwaysDelivered() {
    return false;
  }

  @Override
  public JsonObject schemaOfOne(FieldDefinition field) {
    return FieldRule.uuid();
  }

  @Override
  public JsonObject schema(
      FieldDefinition field, Function<FieldDefinition, JsonObject> blockUnion) {
    return holdsArray(field) ? FieldRule.arraySchema(field, FieldRule.uuid()) : FieldRule.uuid();
  }

  @Override
  public String typeScriptOfOne(FieldDefinition field, UnaryOperator<String> literal) {
    return "ItemId";
  }

  @Override
  public String typeScript(
      FieldDefinition field,
      Function<FieldDefinition, String> blockUnion,
      UnaryOperator<String> literal) {
    return holdsArray(field) ? "Array<ItemId>" : "ItemId";
  }

  @Override
  public void index(FieldDefinition field, JsonValue value, Consumer<IndexEntry> into) {
    // with "multiple", each id filters like an element of a list
    IndexValues.textOrEach(value, into);
  }
}
