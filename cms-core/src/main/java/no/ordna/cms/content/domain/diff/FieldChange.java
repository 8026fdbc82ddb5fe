package no.ordna.cms.content.domain.diff;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import no.ordna.cms.shared.Jsons;

/**
 * How one field differs between two sets of values: {@code added}, {@code removed} or {@code
 * changed}, with the values before and after; for rich text and blocks also which paragraphs or
 * blocks changed ({@code parts}).
 */
public record FieldChange(
    String field, String kind, JsonValue before, JsonValue after, List<PartChange> parts) {

  public JsonObject toJson() {
    JsonObjectBuilder json = Jsons.createObjectBuilder().add("field", field).add("change", kind);
    json.add("before", before == null ? JsonValue.NULL : before);
    json.add("after", after == null ? JsonValue.NULL : after);
    if (!parts.isEmpty()) {
      JsonArrayBuilder array = Jsons.createArrayBuilder();
      parts.forEach(p -> array.add(p.toJson()));
      json.add("parts", array);
    }
    return json.build();
  }
}
