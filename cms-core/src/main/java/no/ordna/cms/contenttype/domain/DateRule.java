package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import no.ordna.cms.shared.Jsons;

/** A calendar date, {@code YYYY-MM-DD}. */
final class DateRule implements FieldRule {

  @Override
  public Optional<JsonValue> checkOne(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    return check
        .string(value, path)
        .flatMap(
            text -> {
              try {
                return Optional.of(Jsons.createValue(LocalDate.parse(text).toString()));
              } catch (DateTimeParseException e) {
                return check.refuse(path, "must be a date as YYYY-MM-DD");
              }
            });
  }

  @Override
  public JsonObject schemaOfOne(FieldDefinition field) {
    return Jsons.createObjectBuilder().add("type", "string").add("format", "date").build();
  }

  @Override
  public String typeScriptOfOne(FieldDefinition field, UnaryOperator<String> literal) {
    return "IsoDate";
  }

  @Override
  public void index(FieldDefinition field, JsonValue value, Consumer<IndexEntry> into) {
    IndexValues.storedTime(value, into);
  }

  @Override
  public Optional<IndexColumn> filterColumn() {
    return Optional.of(IndexColumn.TIME);
  }

  @Override
  public Optional<IndexEntry> filterValue(String text) {
    return IndexValues.filterTime(text);
  }
}
