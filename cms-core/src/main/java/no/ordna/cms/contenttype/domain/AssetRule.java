package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import no.ordna.cms.shared.Jsons;

/**
 * The id of an asset, one or (with {@code multiple}) an array of up to {@code maxItems}. Whether
 * the assets exist is for the caller to resolve from {@link FieldValidator#assets()}.
 */
final class AssetRule implements FieldRule {

  @Override
  public Optional<JsonValue> checkOne(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    return check
        .string(value, path)
        .flatMap(
            id -> {
              if (!FieldValidator.isItemId(id)) {
                return check.refuse(
                    path, "must be the id of an asset (upload it to /api/v1/manage/assets)");
              }
              check.assetNamed(new AssetCheck(path, id));
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
    return "AssetId";
  }

  @Override
  public String typeScript(
      FieldDefinition field,
      Function<FieldDefinition, String> blockUnion,
      UnaryOperator<String> literal) {
    return holdsArray(field) ? "Array<AssetId>" : "AssetId";
  }

  @Override
  public void index(FieldDefinition field, JsonValue value, Consumer<IndexEntry> into) {
    // with "multiple", each id filters like an element of a list
    IndexValues.textOrEach(value, into);
  }
}
