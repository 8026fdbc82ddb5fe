package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.Violations;

/**
 * Checks and normalises the values of a fields object against their definitions, each value by the
 * rule of its field's {@link FieldType}: strings come out in NFC, rich text sanitised, date-times
 * in UTC, tags trimmed and de-duplicated, blocks with stable ids. References and assets are
 * collected for the caller to resolve. Every problem is reported with its path. One validator
 * serves one request.
 */
public final class FieldValidator {

  /** Length caps that apply when a definition sets none. */
  public static final int DEFAULT_TEXT_MAX = 10_000;

  public static final int DEFAULT_RICH_TEXT_MAX = 500_000;
  private static final int DEFAULT_MAX_ITEMS = 1000;
  private static final Pattern ITEM_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Function<String, Optional<TypeDefinition>> blockTypes;
  private final Violations violations;
  private final List<ReferenceCheck> references = new ArrayList<>();
  private final List<AssetCheck> assets = new ArrayList<>();

  public FieldValidator(
      Function<String, Optional<TypeDefinition>> blockTypes, Violations violations) {
    this.blockTypes = blockTypes;
    this.violations = violations;
  }

  public List<ReferenceCheck> references() {
    return List.copyOf(references);
  }

  /** The asset ids found, for the caller to check that they name stored assets. */
  public List<AssetCheck> assets() {
    return List.copyOf(assets);
  }

  /**
   * Checks the given members of a fields object. Unknown keys are reported; a {@code null} member
   * is kept as {@code null} (meaning: remove the value). Required fields are not checked here: see
   * {@link #checkRequired}.
   */
  public JsonObject check(TypeDefinition type, JsonObject fields, String path) {
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    for (var entry : fields.entrySet()) {
      String key = entry.getKey();
      String fieldPath = path + "." + key;
      Optional<FieldDefinition> definition = type.field(key);
      if (definition.isEmpty()) {
        violations.add(fieldPath, "unknown field of type '" + type.key() + "'");
        continue;
      }
      JsonValue value = entry.getValue();
      if (value == JsonValue.NULL) {
        out.addNull(key);
        continue;
      }
      FieldDefinition field = definition.get();
      field.type().rule().check(field, value, fieldPath, this).ifPresent(v -> out.add(key, v));
    }
    return out.build();
  }

  /** Reports every required field among {@code definitions} that {@code values} lacks. */
  public void checkRequired(List<FieldDefinition> definitions, JsonObject values, String path) {
    for (FieldDefinition field : definitions) {
      String fieldPath = path + "." + field.key();
      if (field.required() && isEmpty(values.get(field.key())) && !violations.touches(fieldPath)) {
        violations.add(fieldPath, "is required");
      }
    }
  }

  /** Whether a stored value counts as absent: missing, null, "", or an empty array. */
  public static boolean isEmpty(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return true;
    }
    if (value instanceof JsonString text) {
      return text.getString().isEmpty();
    }
    return value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().isEmpty();
  }

  /** The object without its null members. */
  public static JsonObject withoutNulls(JsonObject object) {
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    object.forEach(
        (k, v) -> {
          if (v != JsonValue.NULL) {
            out.add(k, v);
          }
        });
    return out.build();
  }

  // What the field rules use while they check a value.

  /** Whether {@code id} has the form of an item's or an asset's id (a lower-case UUID). */
  static boolean isItemId(String id) {
    return ITEM_ID.matcher(id).matches();
  }

  void report(String path, String message) {
    violations.add(path, message);
  }

  /** Reports a refused value and gives nothing in its place. */
  <T> Optional<T> refuse(String path, String message) {
    violations.add(path, message);
    return Optional.empty();
  }

  void referenced(ReferenceCheck reference) {
    references.add(reference);
  }

  void assetNamed(AssetCheck asset) {
    assets.add(asset);
  }

  Optional<TypeDefinition> blockType(String key) {
    return blockTypes.apply(key);
  }

  /** A JSON string in NFC. */
  Optional<String> string(JsonValue value, String path) {
    if (value instanceof JsonString text) {
      return Optional.of(JsonDocuments.nfc(text.getString()));
    }
    return refuse(path, "must be a string, not " + JsonDocuments.typeName(value));
  }

  /** A JSON array of at most the field's {@code maxItems} (1,000 without it). */
  Optional<JsonArray> array(FieldDefinition field, JsonValue value, String path) {
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      return refuse(path, "must be an array, not " + JsonDocuments.typeName(value));
    }
    JsonArray array = value.asJsonArray();
    int max = field.intOption("maxItems").orElse(DEFAULT_MAX_ITEMS);
    if (array.size() > max) {
      return refuse(path, "has " + array.size() + " items; at most " + max + " allowed");
    }
    return Optional.of(array);
  }

  /** An array of values each checked by {@code element}; refused elements are left out. */
  Optional<JsonValue> elements(
      FieldDefinition field, FieldRule element, JsonValue value, String path) {
    return array(field, value, path)
        .map(
            array -> {
              JsonArrayBuilder out = Jsons.createArrayBuilder();
              for (int i = 0; i < array.size(); i++) {
                element
                    .checkOne(field, array.get(i), path + "[" + i + "]", this)
                    .ifPresent(out::add);
              }
              return out.build();
            });
  }
}
