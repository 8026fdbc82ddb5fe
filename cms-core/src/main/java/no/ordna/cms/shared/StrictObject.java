package no.ordna.cms.shared;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JSON object strictly: every member read is type-checked, unknown members are reported,
 * and every problem lands in one {@link Violations} with its path ({@code fields[2].maxLength}).
 */
public final class StrictObject {

  private final JsonObject object;
  private final String path;
  private final Violations violations;

  public StrictObject(JsonObject object, String path, Violations violations) {
    this.object = object;
    this.path = path;
    this.violations = violations;
  }

  public String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public JsonObject json() {
    return object;
  }

  public boolean has(String key) {
    return object.containsKey(key) && object.get(key) != JsonValue.NULL;
  }

  /** Reports members outside {@code allowed}. */
  public void allowOnly(Set<String> allowed) {
    for (String key : object.keySet()) {
      if (!allowed.contains(key)) {
        violations.add(pathOf(key), "unknown property");
      }
    }
  }

  public Optional<String> string(String key, boolean required) {
    JsonValue value = object.get(key);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        violations.add(pathOf(key), "is required");
      }
      return Optional.empty();
    }
    if (!(value instanceof JsonString text)) {
      violations.add(pathOf(key), "must be a string, not " + JsonDocuments.typeName(value));
      return Optional.empty();
    }
    String result = JsonDocuments.nfc(text.getString());
    if (required && result.isBlank()) {
      violations.add(pathOf(key), "must not be blank");
      return Optional.empty();
    }
    return Optional.of(result);
  }

  public boolean bool(String key, boolean fallback) {
    JsonValue value = object.get(key);
    if (value == null || value == JsonValue.NULL) {
      return fallback;
    }
    if (value == JsonValue.TRUE) {
      return true;
    }
    if (value == JsonValue.FALSE) {
      return false;
    }
    violations.add(pathOf(key), "must be true or false, not " + JsonDocuments.typeName(value));
    return fallback;
  }

  public Optional<JsonObject> object(String key, boolean required) {
    JsonValue value = object.get(key);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        violations.add(pathOf(key), "is required");
      }
      return Optional.empty();
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      violations.add(pathOf(key), "must be an object, not " + JsonDocuments.typeName(value));
      return Optional.empty();
    }
    return Optional.of(value.asJsonObject());
  }

  public Optional<JsonArray> array(String key, boolean required) {
    JsonValue value = object.get(key);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        violations.add(pathOf(key), "is required");
      }
      return Optional.empty();
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      violations.add(pathOf(key), "must be an array, not " + JsonDocuments.typeName(value));
      return Optional.empty();
    }
    return Optional.of(value.asJsonArray());
  }

  /** A map of locale to non-blank text, e.g. {@code {"nb": "Artikkel", "se": "Artihkal"}}. */
  public Map<String, String> localizedText(String key, boolean required) {
    Map<String, String> texts = new LinkedHashMap<>();
    object(key, required)
        .ifPresent(
            map -> {
              if (required && map.isEmpty()) {
                violations.add(pathOf(key), "must name at least one locale");
              }
              map.forEach(
                  (locale, value) -> {
                    if (value instanceof JsonString text && !text.getString().isBlank()) {
                      texts.put(locale, JsonDocuments.nfc(text.getString().trim()));
                    } else {
                      violations.add(pathOf(key) + "." + locale, "must be a non-blank string");
                    }
                  });
            });
    return texts;
  }
}
