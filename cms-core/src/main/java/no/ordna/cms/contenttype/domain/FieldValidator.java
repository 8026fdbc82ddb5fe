package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.ordna.cms.localization.text.Slugs;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.Violations;

/**
 * Checks and normalises field values against their definitions: types, lengths, ranges, formats,
 * allowed values and block types. Strings come out in NFC, rich text sanitised, date-times in UTC,
 * tags trimmed and de-duplicated, blocks with stable ids. References are collected for the caller
 * to resolve. Every problem is reported with its path.
 */
public final class FieldValidator {

  /** Length caps that apply when a definition sets none. */
  public static final int DEFAULT_TEXT_MAX = 10_000;

  public static final int DEFAULT_RICH_TEXT_MAX = 500_000;
  private static final Pattern ITEM_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern BLOCK_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

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
      value(definition.get(), value, fieldPath).ifPresent(v -> out.add(key, v));
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

  private Optional<JsonValue> value(FieldDefinition field, JsonValue value, String path) {
    return switch (field.type()) {
      case LIST -> list(field, value, path);
      case TAGS -> tags(field, value, path);
      case BLOCKS -> blocks(field, value, path);
      case REFERENCE, ASSET ->
          field.flag("multiple")
              ? list(field, value, path)
              : single(field, field.type(), value, path);
      default -> single(field, field.type(), value, path);
    };
  }

  private Optional<JsonValue> single(
      FieldDefinition field, FieldType type, JsonValue value, String path) {
    switch (type) {
      case TEXT:
        return string(value, path).flatMap(s -> text(field, s, path));
      case RICH_TEXT:
        return string(value, path).flatMap(s -> richText(field, s, path));
      case NUMBER:
        return number(field, value, path);
      case BOOLEAN:
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
          return Optional.of(value);
        }
        violations.add(path, "must be true or false, not " + JsonDocuments.typeName(value));
        return Optional.empty();
      case DATE:
        return string(value, path).flatMap(s -> date(s, path));
      case DATE_TIME:
        return string(value, path).flatMap(s -> dateTime(s, path));
      case SLUG:
        return string(value, path).flatMap(s -> slug(s, path));
      case URL:
        return string(value, path).flatMap(s -> url(s, path));
      case REFERENCE:
        return string(value, path).flatMap(s -> reference(field, s, path));
      case ASSET:
        return string(value, path).flatMap(s -> asset(s, path));
      default:
        throw new IllegalStateException("not a single value: " + type);
    }
  }

  private Optional<String> string(JsonValue value, String path) {
    if (value instanceof JsonString text) {
      return Optional.of(JsonDocuments.nfc(text.getString()));
    }
    violations.add(path, "must be a string, not " + JsonDocuments.typeName(value));
    return Optional.empty();
  }

  private Optional<JsonValue> text(FieldDefinition field, String text, String path) {
    int length = text.codePointCount(0, text.length());
    int max = field.intOption("maxLength").orElse(DEFAULT_TEXT_MAX);
    if (length > max) {
      violations.add(path, "is " + length + " characters long; at most " + max + " allowed");
      return Optional.empty();
    }
    int min = field.intOption("minLength").orElse(0);
    if (length < min && length > 0) {
      violations.add(path, "is " + length + " characters long; at least " + min + " needed");
      return Optional.empty();
    }
    if (!field.flag("multiline") && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
      violations.add(path, "must be a single line");
      return Optional.empty();
    }
    List<String> allowed = field.stringListOption("allowedValues");
    if (!allowed.isEmpty() && !allowed.contains(text)) {
      violations.add(path, "must be one of " + allowed);
      return Optional.empty();
    }
    return Optional.of(Jsons.createValue(text));
  }

  private Optional<JsonValue> richText(FieldDefinition field, String html, String path) {
    int max = field.intOption("maxLength").orElse(DEFAULT_RICH_TEXT_MAX);
    if (html.length() > max) {
      violations.add(path, "is " + html.length() + " characters long; at most " + max + " allowed");
      return Optional.empty();
    }
    return Optional.of(Jsons.createValue(RichText.sanitize(html)));
  }

  private Optional<JsonValue> number(FieldDefinition field, JsonValue value, String path) {
    if (!(value instanceof JsonNumber number)) {
      violations.add(path, "must be a number, not " + JsonDocuments.typeName(value));
      return Optional.empty();
    }
    if (field.flag("integer") && !number.isIntegral()) {
      violations.add(path, "must be a whole number");
      return Optional.empty();
    }
    double d = number.doubleValue();
    Optional<Double> min = field.numberOption("min");
    Optional<Double> max = field.numberOption("max");
    if (min.isPresent() && d < min.get()) {
      violations.add(path, "must be at least " + min.get());
      return Optional.empty();
    }
    if (max.isPresent() && d > max.get()) {
      violations.add(path, "must be at most " + max.get());
      return Optional.empty();
    }
    return Optional.of(number);
  }

  private Optional<JsonValue> date(String text, String path) {
    try {
      return Optional.of(Jsons.createValue(LocalDate.parse(text).toString()));
    } catch (DateTimeParseException e) {
      violations.add(path, "must be a date as YYYY-MM-DD");
      return Optional.empty();
    }
  }

  private Optional<JsonValue> dateTime(String text, String path) {
    try {
      return Optional.of(Jsons.createValue(OffsetDateTime.parse(text).toInstant().toString()));
    } catch (DateTimeParseException e) {
      violations.add(
          path, "must be an ISO 8601 date-time with offset, e.g. 2016-06-01T09:00:00+02:00");
      return Optional.empty();
    }
  }

  private Optional<JsonValue> slug(String text, String path) {
    if (!Slugs.isValid(text)) {
      violations.add(path, "must be lower-case letters a-z, digits and single hyphens");
      return Optional.empty();
    }
    return Optional.of(Jsons.createValue(text));
  }

  private Optional<JsonValue> url(String text, String path) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
      boolean mail = scheme.equals("mailto") && uri.getSchemeSpecificPart() != null;
      if (text.length() <= 2000 && (web || mail)) {
        return Optional.of(Jsons.createValue(text));
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    violations.add(path, "must be an absolute http, https or mailto URL");
    return Optional.empty();
  }

  private Optional<JsonValue> reference(FieldDefinition field, String id, String path) {
    if (!ITEM_ID.matcher(id).matches()) {
      violations.add(path, "must be the id of a content item");
      return Optional.empty();
    }
    references.add(new ReferenceCheck(path, id, field.stringListOption("allowedTypes")));
    return Optional.of(Jsons.createValue(id));
  }

  private Optional<JsonValue> asset(String id, String path) {
    if (!ITEM_ID.matcher(id).matches()) {
      violations.add(path, "must be the id of an asset (upload it to /api/v1/manage/assets)");
      return Optional.empty();
    }
    assets.add(new AssetCheck(path, id));
    return Optional.of(Jsons.createValue(id));
  }

  private Optional<JsonArray> array(FieldDefinition field, JsonValue value, String path) {
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      violations.add(path, "must be an array, not " + JsonDocuments.typeName(value));
      return Optional.empty();
    }
    JsonArray array = value.asJsonArray();
    int max = field.intOption("maxItems").orElse(1000);
    if (array.size() > max) {
      violations.add(path, "has " + array.size() + " items; at most " + max + " allowed");
      return Optional.empty();
    }
    return Optional.of(array);
  }

  private Optional<JsonValue> list(FieldDefinition field, JsonValue value, String path) {
    FieldType element =
        field.type() == FieldType.LIST ? field.itemType().orElseThrow() : field.type();
    return array(field, value, path)
        .map(
            array -> {
              JsonArrayBuilder out = Jsons.createArrayBuilder();
              for (int i = 0; i < array.size(); i++) {
                single(field, element, array.get(i), path + "[" + i + "]").ifPresent(out::add);
              }
              return out.build();
            });
  }

  private Optional<JsonValue> tags(FieldDefinition field, JsonValue value, String path) {
    return array(field, value, path)
        .map(
            array -> {
              Set<String> seen = new HashSet<>();
              Set<String> tags = new LinkedHashSet<>();
              for (int i = 0; i < array.size(); i++) {
                String tagPath = path + "[" + i + "]";
                string(array.get(i), tagPath)
                    .map(String::strip)
                    .ifPresent(
                        tag -> {
                          if (tag.isEmpty() || tag.length() > 100) {
                            violations.add(tagPath, "must be 1-100 characters");
                          } else if (seen.add(tag.toLowerCase(Locale.ROOT))) {
                            tags.add(tag);
                          }
                        });
              }
              JsonArrayBuilder out = Jsons.createArrayBuilder();
              tags.forEach(out::add);
              return out.build();
            });
  }

  private Optional<JsonValue> blocks(FieldDefinition field, JsonValue value, String path) {
    return array(field, value, path)
        .map(
            array -> {
              List<String> allowed = field.stringListOption("allowedBlocks");
              Set<String> ids = new HashSet<>();
              JsonArrayBuilder out = Jsons.createArrayBuilder();
              for (int i = 0; i < array.size(); i++) {
                block(array.get(i), path + "[" + i + "]", allowed, ids).ifPresent(out::add);
              }
              return out.build();
            });
  }

  private Optional<JsonObject> block(
      JsonValue value, String path, List<String> allowed, Set<String> ids) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      violations.add(path, "must be a block object {\"type\", \"fields\"}");
      return Optional.empty();
    }
    JsonObject block = value.asJsonObject();
    for (String key : block.keySet()) {
      if (!Set.of("type", "id", "fields").contains(key)) {
        violations.add(path + "." + key, "unknown property of a block");
      }
    }
    Optional<String> typeKey = string(block.getOrDefault("type", JsonValue.NULL), path + ".type");
    if (typeKey.isEmpty()) {
      return Optional.empty();
    }
    if (!allowed.isEmpty() && !allowed.contains(typeKey.get())) {
      violations.add(
          path + ".type",
          "block type '" + typeKey.get() + "' is not allowed here; allowed: " + allowed);
      return Optional.empty();
    }
    Optional<TypeDefinition> blockType = blockTypes.apply(typeKey.get());
    if (blockType.isEmpty()) {
      violations.add(path + ".type", "unknown block type '" + typeKey.get() + "'");
      return Optional.empty();
    }
    String id =
        block.containsKey("id") ? string(block.get("id"), path + ".id").orElse("") : newBlockId();
    if (!BLOCK_ID.matcher(id).matches()) {
      violations.add(path + ".id", "must be 1-64 letters, digits, '_' or '-'");
    } else if (!ids.add(id)) {
      violations.add(path + ".id", "duplicate block id '" + id + "'");
    }
    JsonValue rawFields = block.getOrDefault("fields", JsonValue.EMPTY_JSON_OBJECT);
    if (rawFields.getValueType() != JsonValue.ValueType.OBJECT) {
      violations.add(path + ".fields", "must be an object");
      return Optional.empty();
    }
    JsonObject checked =
        withoutNulls(check(blockType.get(), rawFields.asJsonObject(), path + ".fields"));
    checkRequired(blockType.get().fields(), checked, path + ".fields");
    return Optional.of(
        Jsons.createObjectBuilder()
            .add("type", typeKey.get())
            .add("id", id)
            .add("fields", checked)
            .build());
  }

  private static String newBlockId() {
    return java.util.UUID.randomUUID().toString().substring(0, 8);
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
}
