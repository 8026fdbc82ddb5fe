package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Jsons;

/** A JSON number, whole when {@code integer}, within {@code min} and {@code max} when given. */
final class NumberRule implements FieldRule {

  @Override
  public Optional<JsonValue> checkOne(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    if (!(value instanceof JsonNumber number)) {
      return check.refuse(path, "must be a number, not " + JsonDocuments.typeName(value));
    }
    if (field.flag("integer") && !number.isIntegral()) {
      return check.refuse(path, "must be a whole number");
    }
    double d = number.doubleValue();
    Optional<Double> min = field.numberOption("min");
    Optional<Double> max = field.numberOption("max");
    if (min.isPresent() && d < min.get()) {
      return check.refuse(path, "must be at least " + min.get());
    }
    if (max.isPresent() && d > max.get()) {
      return check.refuse(path, "must be at most " + max.get());
    }
    return Optional.of(number);
  }

  @Override
  public JsonObject schemaOfOne(FieldDefinition field) {
    JsonObjectBuilder schema =
        Jsons.createObjectBuilder().add("type", field.flag("integer") ? "integer" : "number");
    field.numberOption("min").ifPresent(n -> schema.add("minimum", n));
    field.numberOption("max").ifPresent(n -> schema.add("maximum", n));
    return schema.build();
  }

  @Override
  public String typeScriptOfOne(FieldDefinition field, UnaryOperator<String> literal) {
    return "number";
  }

  @Override
  public void index(FieldDefinition field, JsonValue value, Consumer<IndexEntry> into) {
    if (value instanceof JsonNumber number) {
      into.accept(IndexEntry.number(number.doubleValue()));
    }
  }

  @Override
  public Optional<IndexColumn> filterColumn() {
    return Optional.of(IndexColumn.NUMBER);
  }

  @Override
  public Optional<IndexEntry> filterValue(String text) {
    return IndexValues.filterNumber(text);
  }
}
