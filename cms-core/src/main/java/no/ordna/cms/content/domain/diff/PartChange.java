package no.ordna.cms.content.domain.diff;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import no.ordna.cms.shared.Jsons;

/**
 * One changed paragraph of a rich-text value or one changed block of a blocks value: {@code added},
 * {@code removed}, {@code changed} or (blocks) {@code moved}; positions are 0-based; a changed
 * block names the fields that changed.
 */
public record PartChange(
    String change,
    Integer beforeIndex,
    Integer afterIndex,
    String blockId,
    String blockType,
    JsonValue before,
    JsonValue after,
    List<String> fields) {

  public JsonObject toJson() {
    JsonObjectBuilder json = Jsons.createObjectBuilder().add("change", change);
    if (blockId != null) {
      json.add("id", blockId).add("type", blockType);
    }
    if (beforeIndex != null) {
      json.add("beforeIndex", beforeIndex);
    }
    if (afterIndex != null) {
      json.add("afterIndex", afterIndex);
    }
    if (before != null) {
      json.add("before", before);
    }
    if (after != null) {
      json.add("after", after);
    }
    if (!fields.isEmpty()) {
      json.add("fields", Jsons.createArrayBuilder(fields));
    }
    return json.build();
  }

  static JsonValue text(String html) {
    return html == null ? null : Jsons.createValue(html);
  }
}
