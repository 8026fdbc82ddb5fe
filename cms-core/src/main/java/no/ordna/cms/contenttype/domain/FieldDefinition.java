package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import no.ordna.cms.shared.Jsons;

/**
 * One field of a type: its key, type, whether it is localized (one value per locale variant) or
 * shared (one value per item), whether it is required, its label per locale, whether delivery may
 * fall back to another locale's value when it is empty, an optional default, and the type-specific
 * options ({@code maxLength}, {@code allowedTypes}, {@code itemType}, …).
 */
public record FieldDefinition(
    String key,
    FieldType type,
    boolean localized,
    boolean required,
    Map<String, String> label,
    boolean fallback,
    JsonValue defaultValue,
    JsonObject options) {

  public FieldDefinition {
    label = Map.copyOf(label);
    options = options == null ? JsonValue.EMPTY_JSON_OBJECT : options;
  }

  public OptionalInt intOption(String name) {
    JsonValue value = options.get(name);
    return value instanceof JsonNumber number
        ? OptionalInt.of(number.intValue())
        : OptionalInt.empty();
  }

  public Optional<Double> numberOption(String name) {
    JsonValue value = options.get(name);
    return value instanceof JsonNumber number
        ? Optional.of(number.doubleValue())
        : Optional.empty();
  }

  public boolean flag(String name) {
    return options.get(name) == JsonValue.TRUE;
  }

  public Optional<String> stringOption(String name) {
    JsonValue value = options.get(name);
    return value instanceof JsonString text ? Optional.of(text.getString()) : Optional.empty();
  }

  public List<String> stringListOption(String name) {
    JsonValue value = options.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      return List.of();
    }
    return value.asJsonArray().getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  /** For a {@code list}: the element type. */
  public Optional<FieldType> itemType() {
    return stringOption("itemType").flatMap(FieldType::fromWireName);
  }

  /** Whether the value is an array: lists, tags, blocks, and multiple references or assets. */
  public boolean holdsArray() {
    return type.rule().holdsArray(this);
  }

  public JsonObject toJson() {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("key", key)
            .add("type", type.wireName())
            .add("localized", localized)
            .add("required", required);
    if (!label.isEmpty()) {
      JsonObjectBuilder labels = Jsons.createObjectBuilder();
      label.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> labels.add(e.getKey(), e.getValue()));
      json.add("label", labels);
    }
    if (localized) {
      json.add("fallback", fallback);
    }
    if (defaultValue != null) {
      json.add("default", defaultValue);
    }
    options.forEach(json::add);
    return json.build();
  }
}
