package no.ordna.cms.translation.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import no.ordna.cms.shared.Jsons;

/**
 * A translation's values while translated texts are set in: starting from the translation's current
 * values (none for a new variant), taking the source's block structure for a blocks field the
 * translation does not have, and a block from the source where the translation lacks it (placed
 * after the block that precedes it in the source).
 */
public final class TargetValues {

  private final JsonObject source;
  private JsonObject values;

  /**
   * @param current the translation's current values ({@code {}} when new)
   * @param source the source values the translation is made from
   * @param blockFields the localized blocks fields of the type
   */
  public TargetValues(JsonObject current, JsonObject source, List<String> blockFields) {
    this.source = source;
    var builder = Jsons.createObjectBuilder(current);
    for (String field : blockFields) {
      if (!current.containsKey(field) && source.get(field) instanceof JsonArray blocks) {
        builder.add(field, blocks);
      }
    }
    this.values = builder.build();
  }

  public JsonObject values() {
    return values;
  }

  /** The current text at {@code place}, if any. */
  public String get(TextPlace place) {
    JsonValue value =
        place.inBlock()
            ? blockFields(values, place).get(place.blockField())
            : values.get(place.field());
    return value instanceof JsonString text ? text.getString() : null;
  }

  /** Sets the text at {@code place}; false when neither the translation nor the source has it. */
  public boolean set(TextPlace place, String text) {
    if (!place.inBlock()) {
      values = Jsons.createObjectBuilder(values).add(place.field(), text).build();
      return true;
    }
    List<JsonObject> blocks = blocks(values, place.field());
    int index = indexOf(blocks, place.blockId());
    if (index < 0) {
      index = insertFromSource(blocks, place);
      if (index < 0) {
        return false;
      }
    }
    JsonObject block = blocks.get(index);
    JsonObject fields =
        block.get("fields") instanceof JsonObject inner ? inner : JsonValue.EMPTY_JSON_OBJECT;
    blocks.set(
        index,
        Jsons.createObjectBuilder(block)
            .add("fields", Jsons.createObjectBuilder(fields).add(place.blockField(), text))
            .build());
    JsonArrayBuilder array = Jsons.createArrayBuilder();
    blocks.forEach(array::add);
    values = Jsons.createObjectBuilder(values).add(place.field(), array).build();
    return true;
  }

  private int insertFromSource(List<JsonObject> blocks, TextPlace place) {
    List<JsonObject> sourceBlocks = blocks(source, place.field());
    int at = indexOf(sourceBlocks, place.blockId());
    if (at < 0) {
      return -1;
    }
    int position = 0;
    for (int i = at - 1; i >= 0; i--) {
      int before = indexOf(blocks, sourceBlocks.get(i).getString("id", ""));
      if (before >= 0) {
        position = before + 1;
        break;
      }
    }
    blocks.add(position, sourceBlocks.get(at));
    return position;
  }

  private static JsonObject blockFields(JsonObject values, TextPlace place) {
    List<JsonObject> blocks = blocks(values, place.field());
    int index = indexOf(blocks, place.blockId());
    if (index >= 0 && blocks.get(index).get("fields") instanceof JsonObject fields) {
      return fields;
    }
    return JsonValue.EMPTY_JSON_OBJECT;
  }

  private static List<JsonObject> blocks(JsonObject values, String field) {
    List<JsonObject> blocks = new ArrayList<>();
    if (values.get(field) instanceof JsonArray array) {
      array.forEach(v -> blocks.add(v.asJsonObject()));
    }
    return blocks;
  }

  private static int indexOf(List<JsonObject> blocks, String id) {
    for (int i = 0; i < blocks.size(); i++) {
      if (id.equals(blocks.get(i).getString("id", null))) {
        return i;
      }
    }
    return -1;
  }
}
