package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import no.ordna.cms.shared.Jsons;

/**
 * Finds and prunes the item references in a set of values, following the type: reference fields
 * (single or multiple), lists of references, and reference fields inside blocks.
 */
public final class References {

  private final Function<String, Optional<TypeDefinition>> blockTypes;

  public References(Function<String, Optional<TypeDefinition>> blockTypes) {
    this.blockTypes = blockTypes;
  }

  /** Every item id the values refer to, in order of appearance. */
  public Set<String> collect(TypeDefinition type, JsonObject values) {
    Set<String> ids = new LinkedHashSet<>();
    retain(
        type,
        values,
        id -> {
          ids.add(id);
          return true;
        });
    return ids;
  }

  /** The values with every reference that {@code keep} refuses taken out. */
  public JsonObject retain(TypeDefinition type, JsonObject values, Predicate<String> keep) {
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    for (var entry : values.entrySet()) {
      Optional<FieldDefinition> field = type.field(entry.getKey());
      JsonValue value = entry.getValue();
      if (field.isEmpty()) {
        out.add(entry.getKey(), value);
        continue;
      }
      JsonValue kept = retain(field.get(), value, keep);
      if (kept != null) {
        out.add(entry.getKey(), kept);
      }
    }
    return out.build();
  }

  private JsonValue retain(FieldDefinition field, JsonValue value, Predicate<String> keep) {
    boolean referenceList =
        field.type() == FieldType.LIST && field.itemType().orElse(null) == FieldType.REFERENCE;
    if (field.type() == FieldType.REFERENCE || referenceList) {
      if (value instanceof JsonString id) {
        return keep.test(id.getString()) ? value : null;
      }
      if (value.getValueType() == JsonValue.ValueType.ARRAY) {
        JsonArrayBuilder kept = Jsons.createArrayBuilder();
        int count = 0;
        for (JsonValue element : value.asJsonArray()) {
          if (element instanceof JsonString id && keep.test(id.getString())) {
            kept.add(element);
            count++;
          }
        }
        // a list whose every reference was taken out is left out as a whole
        return count == 0 && !value.asJsonArray().isEmpty() ? null : kept.build();
      }
      return value;
    }
    if (field.type() == FieldType.BLOCKS && value.getValueType() == JsonValue.ValueType.ARRAY) {
      JsonArrayBuilder blocks = Jsons.createArrayBuilder();
      for (JsonValue element : value.asJsonArray()) {
        blocks.add(retainInBlock(element, keep));
      }
      return blocks.build();
    }
    return value;
  }

  private JsonValue retainInBlock(JsonValue element, Predicate<String> keep) {
    if (element.getValueType() != JsonValue.ValueType.OBJECT) {
      return element;
    }
    JsonObject block = element.asJsonObject();
    Optional<TypeDefinition> blockType = blockTypes.apply(block.getString("type", ""));
    JsonObject fields = block.getJsonObject("fields");
    if (blockType.isEmpty() || fields == null) {
      return element;
    }
    return Jsons.createObjectBuilder(block)
        .add("fields", retain(blockType.get(), fields, keep))
        .build();
  }
}
