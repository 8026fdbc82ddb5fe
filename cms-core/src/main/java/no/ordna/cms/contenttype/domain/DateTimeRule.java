package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import no.ordna.cms.shared.Jsons;

/** An ISO 8601 date-time with an offset, stored in UTC. */
final class DateTimeRule implements FieldRule {

  @Override
  public Optional<JsonValue> checkOne(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    return check
        .string(value, path)
        .flatMap(
            text -> {
              try {
                return Optional.of(
                    Jsons.createValue(OffsetDateTime.parse(text).toInstant().toString()));
              } catch (DateTimeParseException e) {
                return check.refuse(
                    path,
                    "must be an ISO 8601 date-time with offset, e.g. 2016-06-01T09:00:00+02:00");
              }
            });
  }

  @Override
  public JsonObject schemaOfOne(FieldDefinition field) {
    return Jsons.createObjectBuilder().add("type", "string").add("format", "date-time").build();
  }

  @Override
  public String typeScriptOfOne(FieldDefinition field, UnaryOperator<String> literal) {
    return "IsoDateTime";
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
