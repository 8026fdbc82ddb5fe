package no.ordna.cms.contenttype.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.FieldValidator;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.Violations;

/**
 * What a change from one definition to the next does to stored values. It counts, per field, the
 * values that would be lost (field removed), that no longer fit (type, localization or options
 * changed) and the places that would lack a newly required value; then it can rewrite a set of
 * values so that it fits the new definition (removed values dropped, defaults filled in).
 *
 * <p>Works on "containers": an item's shared values, a variant's localized values, or the fields of
 * one block inside a blocks field.
 */
final class TypeChangePlan {

  private final TypeDefinition before;
  private final TypeDefinition after;
  private final Function<String, Optional<TypeDefinition>> blockTypes;
  private final Map<String, Integer> lost = new LinkedHashMap<>();
  private final Map<String, Integer> misfit = new LinkedHashMap<>();
  private final Map<String, Integer> missing = new LinkedHashMap<>();

  TypeChangePlan(
      TypeDefinition before,
      TypeDefinition after,
      Function<String, Optional<TypeDefinition>> blockTypes) {
    this.before = before;
    this.after = after;
    this.blockTypes = blockTypes;
  }

  /** Counts what the change does to one container holding the fields {@code holds} accepts. */
  void analyse(JsonObject values, Predicate<FieldDefinition> holds) {
    for (FieldDefinition old : before.fields()) {
      if (!holds.test(old) || isEmpty(values.get(old.key()))) {
        continue;
      }
      Optional<FieldDefinition> now = after.field(old.key());
      if (now.isEmpty()) {
        lost.merge(old.key(), 1, Integer::sum);
      } else if (now.get().type() != old.type() || now.get().localized() != old.localized()) {
        misfit.merge(old.key(), 1, Integer::sum);
      } else if (!fits(now.get(), values.get(old.key()))) {
        misfit.merge(old.key(), 1, Integer::sum);
      }
    }
    for (FieldDefinition field : after.fields()) {
      if (holds.test(field) && field.required() && isEmpty(values.get(field.key()))) {
        Optional<FieldDefinition> old = before.field(field.key());
        boolean wasRequired = old.isPresent() && old.get().required() && holds.test(old.get());
        if (!wasRequired) {
          missing.merge(field.key(), 1, Integer::sum);
        }
      }
    }
  }

  private boolean fits(FieldDefinition field, JsonValue value) {
    Violations violations = new Violations();
    TypeDefinition single =
        new TypeDefinition(
            after.key(),
            after.kind(),
            after.name(),
            Map.of(),
            null,
            false,
            null,
            null,
            List.of(field));
    new FieldValidator(blockTypes, violations)
        .check(single, Jsons.createObjectBuilder().add(field.key(), value).build(), "fields");
    return violations.isEmpty();
  }

  /** The values rewritten for the new definition: removed fields dropped, defaults filled in. */
  JsonObject migrate(JsonObject values, Predicate<FieldDefinition> holdsAfter) {
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    values.forEach(
        (key, value) -> {
          if (after.field(key).isPresent()) {
            out.add(key, value);
          }
        });
    for (FieldDefinition field : after.fields()) {
      if (holdsAfter.test(field)
          && field.required()
          && field.defaultValue() != null
          && isEmpty(values.get(field.key()))) {
        out.add(field.key(), field.defaultValue());
      }
    }
    return out.build();
  }

  /**
   * Problems no migration can solve: values that no longer fit, required fields with no default.
   */
  List<String> blockers() {
    List<String> blockers = new ArrayList<>();
    misfit.forEach(
        (field, count) ->
            blockers.add(
                "field '"
                    + field
                    + "': "
                    + count
                    + " stored values do not fit the new definition; clear them or remove the"
                    + " field and add it again"));
    missing.forEach(
        (field, count) -> {
          if (after.field(field).map(FieldDefinition::defaultValue).isEmpty()) {
            blockers.add(
                "field '"
                    + field
                    + "' is required but "
                    + count
                    + " stored entries have no value; give the field a default to migrate them");
          }
        });
    return blockers;
  }

  /** Changes to stored values that need the caller's consent ({@code migrate=true}). */
  List<String> migrations() {
    List<String> migrations = new ArrayList<>();
    lost.forEach(
        (field, count) ->
            migrations.add("field '" + field + "' removed: " + count + " stored values dropped"));
    missing.forEach(
        (field, count) ->
            after
                .field(field)
                .map(FieldDefinition::defaultValue)
                .ifPresent(
                    d ->
                        migrations.add(
                            "field '"
                                + field
                                + "' required: default "
                                + d
                                + " filled into "
                                + count
                                + " entries")));
    return migrations;
  }

  /**
   * The same per field, for clients to put in their own words: {@code {field, change, count}} with
   * {@code change} one of {@code dropped} (field removed), {@code filled} (a newly required field's
   * {@code default} written into entries without a value), {@code misfit} (stored values no longer
   * fit) and {@code unfilled} (newly required, no default to fill).
   */
  JsonArray affectedFields() {
    JsonArrayBuilder fields = Jsons.createArrayBuilder();
    lost.forEach((field, count) -> fields.add(affected(field, "dropped", count)));
    missing.forEach(
        (field, count) -> {
          Optional<JsonValue> fill = after.field(field).map(FieldDefinition::defaultValue);
          JsonObjectBuilder entry =
              affected(field, fill.isPresent() ? "filled" : "unfilled", count);
          fill.ifPresent(d -> entry.add("default", d));
          fields.add(entry);
        });
    misfit.forEach((field, count) -> fields.add(affected(field, "misfit", count)));
    return fields.build();
  }

  private static JsonObjectBuilder affected(String field, String change, int count) {
    return Jsons.createObjectBuilder()
        .add("field", field)
        .add("change", change)
        .add("count", count);
  }

  boolean changesStoredValues() {
    return !lost.isEmpty() || !missing.isEmpty();
  }

  private static boolean isEmpty(JsonValue value) {
    return FieldValidator.isEmpty(value);
  }

  /** Applies {@code visitor} to every block of {@code blockKey} inside the blocks fields. */
  static JsonObject mapBlocks(
      TypeDefinition contentType,
      JsonObject values,
      String blockKey,
      Function<JsonObject, JsonObject> visitor) {
    JsonObjectBuilder out = Jsons.createObjectBuilder(values);
    for (FieldDefinition field : contentType.fields()) {
      JsonValue value = values.get(field.key());
      if (field.type() != FieldType.BLOCKS
          || value == null
          || !(value instanceof JsonArray array)) {
        continue;
      }
      JsonArrayBuilder blocks = Jsons.createArrayBuilder();
      for (JsonValue element : array) {
        JsonObject block = element.asJsonObject();
        if (blockKey.equals(block.getString("type", ""))) {
          JsonObject fields = block.getJsonObject("fields");
          block =
              Jsons.createObjectBuilder(block)
                  .add(
                      "fields",
                      visitor.apply(fields == null ? JsonValue.EMPTY_JSON_OBJECT : fields))
                  .build();
        }
        blocks.add(block);
      }
      out.add(field.key(), blocks);
    }
    return out.build();
  }
}
