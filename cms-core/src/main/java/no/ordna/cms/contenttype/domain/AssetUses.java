package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the assets a set of values uses, following the type: asset fields (single or multiple) and
 * asset fields inside blocks. Each use says whether the content gives its own alt text beside it —
 * a non-empty text field named {@code alt} or {@code <field>Alt} (the {@code image} block's {@code
 * alt}, a portrait's {@code imageAlt}) — which then overrides the asset's own.
 */
public final class AssetUses {

  /** One use of an asset at a path, and whether the content overrides its alt text there. */
  public record Use(String path, String assetId, boolean altGiven) {}

  private final Function<String, Optional<TypeDefinition>> blockTypes;

  public AssetUses(Function<String, Optional<TypeDefinition>> blockTypes) {
    this.blockTypes = blockTypes;
  }

  /** Every asset id the values use, in order of appearance. */
  public Set<String> ids(TypeDefinition type, JsonObject values) {
    Set<String> ids = new LinkedHashSet<>();
    uses(type, values, "fields").forEach(use -> ids.add(use.assetId()));
    return ids;
  }

  public List<Use> uses(TypeDefinition type, JsonObject values, String path) {
    List<Use> uses = new ArrayList<>();
    collect(type, values, path, uses);
    return uses;
  }

  private void collect(TypeDefinition type, JsonObject values, String path, List<Use> into) {
    for (FieldDefinition field : type.fields()) {
      JsonValue value = values.get(field.key());
      if (value == null || value == JsonValue.NULL) {
        continue;
      }
      String fieldPath = path + "." + field.key();
      if (field.type() == FieldType.ASSET) {
        boolean alt = hasText(values, field.key() + "Alt") || hasText(values, "alt");
        if (value instanceof JsonString id) {
          into.add(new Use(fieldPath, id.getString(), alt));
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
          List<JsonValue> array = value.asJsonArray();
          for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString id) {
              into.add(new Use(fieldPath + "[" + i + "]", id.getString(), alt));
            }
          }
        }
      } else if (field.type() == FieldType.BLOCKS
          && value.getValueType() == JsonValue.ValueType.ARRAY) {
        List<JsonValue> blocks = value.asJsonArray();
        for (int i = 0; i < blocks.size(); i++) {
          block(blocks.get(i), fieldPath + "[" + i + "]", into);
        }
      }
    }
  }

  private void block(JsonValue element, String path, List<Use> into) {
    if (element.getValueType() != JsonValue.ValueType.OBJECT) {
      return;
    }
    JsonObject block = element.asJsonObject();
    JsonObject fields = block.getJsonObject("fields");
    Optional<TypeDefinition> blockType = blockTypes.apply(block.getString("type", ""));
    if (fields != null && blockType.isPresent()) {
      collect(blockType.get(), fields, path + ".fields", into);
    }
  }

  private static boolean hasText(JsonObject values, String key) {
    return values.get(key) instanceof JsonString text && !text.getString().isBlank();
  }
}
