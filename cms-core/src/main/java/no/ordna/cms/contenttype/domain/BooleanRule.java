package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Jsons;

/** {@code true} or {@code false}. */
final class BooleanRule implements FieldRule {

  @Override
  public Optional<JsonValue> checkOne(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return Optional.of(value);
    }
    return check.refuse(path, "must be true or false, not " + JsonDocuments.typeName(value));
  }

  @Override
  public JsonObject schemaOfOne(FieldDefinition field) {
    return Jsons.createObjectBuilder().add("type", "boolean").build();
  }

  @Override
  public String typeScriptOfOne(FieldDefinition field, UnaryOperator<String> literal) {
    return "boolean";
  }

  @Override
  public void index(FieldDefinition field, JsonValue value, Consumer<IndexEntry> into) {
    into.accept(IndexEntry.text(Boolean.toString(value == JsonValue.TRUE)));
  }

  @Override
  public Optional<IndexEntry> filterValue(String text) {
    return text.equals("true") || text.equals("false")
        ? Optional.of(IndexEntry.text(text))
        : Optional.empty();
  }
}
