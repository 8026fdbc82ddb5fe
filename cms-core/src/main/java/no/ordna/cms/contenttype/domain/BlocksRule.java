package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import no.ordna.cms.shared.Jsons;

/**
 * An ordered array of up to {@code maxItems} blocks {@code {"type", "id", "fields"}}, each of a
 * known block type (one of {@code allowedBlocks} when given), its fields checked against that type,
 * its id unique in the array (a new block gets one).
 */
final class BlocksRule implements FieldRule {

  private static final Pattern BLOCK_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Set<String> MEMBERS = Set.of("type", "id", "fields");

  @Override
  public Optional<JsonValue> checkOne(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    throw new IllegalStateException("not a single value: blocks");
  }

  @Override
  public Optional<JsonValue> check(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    return check.array(field, value, path).map(array -> blocks(field, array, path, check));
  }

  private static JsonValue blocks(
      FieldDefinition field, JsonArray array, String path, FieldValidator check) {
    List<String> allowed = field.stringListOption("allowedBlocks");
    Set<String> ids = new HashSet<>();
    JsonArrayBuilder out = Jsons.createArrayBuilder();
    for (int i = 0; i < array.size(); i++) {
      block(array.get(i), path + "[" + i + "]", allowed, ids, check).ifPresent(out::add);
    }
    return out.build();
  }

  private static Optional<JsonObject> block(
      JsonValue value, String path, List<String> allowed, Set<String> ids, FieldValidator check) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      return check.refuse(path, "must be a block object {\"type\", \"fields\"}");
    }
    JsonObject block = value.asJsonObject();
    for (String key : block.keySet()) {
      if (!MEMBERS.contains(key)) {
        check.report(path + "." + key, "unknown property of a block");
      }
    }
    Optional<String> typeKey =
        check.string(block.getOrDefault("type", JsonValue.NULL), path + ".type");
    if (typeKey.isEmpty()) {
      return Optional.empty();
    }
    if (!allowed.isEmpty() && !allowed.contains(typeKey.get())) {
      return check.refuse(
          path + ".type",
          "block type '" + typeKey.get() + "' is not allowed here; allowed: " + allowed);
    }
    Optional<TypeDefinition> blockType = check.blockType(typeKey.get());
    if (blockType.isEmpty()) {
      return check.refuse(path + ".type", "unknown block type '" + typeKey.get() + "'");
    }
    String id =
        block.containsKey("id")
            ? check.string(block.get("id"), path + ".id").orElse("")
            : UUID.randomUUID().toString().substring(0, 8);
    if (!BLOCK_ID.matcher(id).matches()) {
      check.report(path + ".id", "must be 1-64 letters, digits, '_' or '-'");
    } else if (!ids.add(id)) {
      check.report(path + ".id", "duplicate block id '" + id + "'");
    }
    JsonValue rawFields = block.getOrDefault("fields", JsonValue.EMPTY_JSON_OBJECT);
    if (rawFields.getValueType() != JsonValue.ValueType.OBJECT) {
      return check.refuse(path + ".fields", "must be an object");
    }
    JsonObject checked =
        FieldValidator.withoutNulls(
            check.check(blockType.get(), rawFields.asJsonObject(), path + ".fields"));
    check.checkRequired(blockType.get().fields(), checked, path + ".fields");
    return Optional.of(
        Jsons.createObjectBuilder()
            .add("type", typeKey.get())
            .add("id", id)
            .add("fields", checked)
            .build());
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
    return FieldRule.arraySchema(field, blockUnion.apply(field));
  }

  @Override
  public String typeScript(
      FieldDefinition field,
      Function<FieldDefinition, String> blockUnion,
      UnaryOperator<String> literal) {
    return "Array<" + blockUnion.apply(field) + ">";
  }

  @Override
  public boolean holdsBlocks() {
    return true;
  }

  @Override
  public void index(FieldDefinition field, JsonValue value, Consumer<IndexEntry> into) {
    // blocks are not filterable
  }

  @Override
  public Optional<IndexColumn> filterColumn() {
    return Optional.empty();
  }

  /** The searchable text of each block's fields, by its block type (blocks hold no blocks). */
  @Override
  public void searchText(
      FieldDefinition field,
      JsonValue value,
      Function<String, Optional<TypeDefinition>> blockTypes,
      Consumer<String> into) {
    for (JsonValue element : FieldRule.elements(value)) {
      if (element instanceof JsonObject block && block.get("fields") instanceof JsonObject fields) {
        blockTypes
            .apply(block.getString("type", ""))
            .ifPresent(
                type ->
                    type.fields()
                        .forEach(
                            f -> {
                              JsonValue inner = fields.get(f.key());
                              if (inner != null) {
                                f.type().rule().searchText(f, inner, key -> Optional.empty(), into);
                              }
                            }));
      }
    }
  }
}
