package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;

/**
 * Turns a JSON type definition into a {@link TypeDefinition}, reporting every problem with its
 * path: unknown properties, unknown field types, duplicate keys, options that do not fit the field
 * type, and fields a block may not hold. Checks that need other types (reference targets, block
 * types, configured locales) are the service's.
 */
public final class TypeDefinitionParser {

  /** Type keys: lower-case words joined by hyphens, e.g. {@code news-article}. */
  public static final Pattern TYPE_KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** Field keys: identifiers, e.g. {@code publishDate}. */
  public static final Pattern FIELD_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");

  /** The placeholders a preview URL may hold. */
  private static final Pattern PREVIEW_PLACEHOLDER =
      Pattern.compile("\\{(id|locale|slug|type|token)\\}");

  private static final Set<String> TYPE_PROPERTIES =
      Set.of(
          "key",
          "name",
          "description",
          "titleField",
          "reviewRequired",
          "urlPattern",
          "previewUrl",
          "fields",
          // read-only members of responses, accepted back so a GET body can be PUT again
          "kind",
          "version",
          "builtIn",
          "createdAt",
          "updatedAt",
          "updatedBy");

  private static final Set<String> COMMON_FIELD_PROPERTIES =
      Set.of("key", "type", "localized", "required", "label", "fallback", "default");

  private TypeDefinitionParser() {}

  public static TypeDefinition parse(JsonObject json, TypeKind kind, Violations violations) {
    StrictObject type = new StrictObject(json, "", violations);
    type.allowOnly(TYPE_PROPERTIES);
    String key = type.string("key", true).orElse("");
    if (!key.isEmpty() && (key.length() > 64 || !TYPE_KEY.matcher(key).matches())) {
      violations.add("key", "must be lower-case words joined by hyphens, at most 64 characters");
    }
    Map<String, String> name = type.localizedText("name", true);
    Map<String, String> description = type.localizedText("description", false);
    String titleField = type.string("titleField", false).orElse(null);
    boolean reviewRequired = type.bool("reviewRequired", false);
    String urlPattern = type.string("urlPattern", false).orElse(null);
    if (urlPattern != null && !urlPattern.startsWith("/") && !urlPattern.matches("https?://.+")) {
      violations.add("urlPattern", "must be a path starting with '/' or an http(s) URL");
    }
    String previewUrl = type.string("previewUrl", false).orElse(null);
    if (previewUrl != null) {
      checkPreviewUrl(previewUrl, violations);
    }
    List<FieldDefinition> fields = new ArrayList<>();
    JsonArray array = type.array("fields", true).orElse(JsonValue.EMPTY_JSON_ARRAY);
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "fields[" + i + "]";
      JsonValue element = array.get(i);
      if (element.getValueType() != JsonValue.ValueType.OBJECT) {
        violations.add(path, "must be an object");
        continue;
      }
      Optional<FieldDefinition> field = parseField(element.asJsonObject(), path, kind, violations);
      field.ifPresent(
          f -> {
            if (!keys.add(f.key())) {
              violations.add(path + ".key", "duplicate field key '" + f.key() + "'");
            }
            fields.add(f);
          });
    }
    // Review and URLs are content-type matters: toJson() leaves them out of a block type.
    boolean content = kind == TypeKind.CONTENT;
    TypeDefinition definition =
        new TypeDefinition(
            key,
            kind,
            name,
            description,
            titleField,
            content && reviewRequired,
            content ? urlPattern : null,
            content ? previewUrl : null,
            fields);
    checkWholeType(definition, violations);
    return definition;
  }

  /**
   * A preview URL is a path (on the front end's base URL) or an absolute http(s) URL whose only
   * placeholders are {id}, {locale}, {slug}, {type} and {token}.
   */
  private static void checkPreviewUrl(String previewUrl, Violations violations) {
    if (previewUrl.length() > 2000) {
      violations.add("previewUrl", "must be at most 2000 characters");
    } else if (!previewUrl.startsWith("/") && !previewUrl.matches("(?s)https?://[^/?#{}\\s]+.*")) {
      violations.add("previewUrl", "must be a path starting with '/' or an http(s) URL");
    } else if (previewUrl.chars().anyMatch(Character::isWhitespace)) {
      violations.add("previewUrl", "must not contain spaces");
    } else {
      String rest = PREVIEW_PLACEHOLDER.matcher(previewUrl).replaceAll("");
      if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
        violations.add(
            "previewUrl",
            "may hold only the placeholders {id}, {locale}, {slug}, {type} and {token}");
      }
    }
  }

  private static void checkWholeType(TypeDefinition definition, Violations violations) {
    if (definition.titleField() != null) {
      Optional<FieldDefinition> title = definition.field(definition.titleField());
      if (title.isEmpty()) {
        violations.add("titleField", "names no field of this type");
      } else if (title.get().type() != FieldType.TEXT) {
        violations.add("titleField", "must name a text field");
      }
    }
    long slugs = definition.fields().stream().filter(f -> f.type() == FieldType.SLUG).count();
    if (slugs > 1) {
      violations.add("fields", "a type can have at most one slug field");
    }
    definition
        .slugField()
        .flatMap(s -> s.stringOption("from"))
        .ifPresent(
            from -> {
              Optional<FieldDefinition> source = definition.field(from);
              if (source.isEmpty() || source.get().type() != FieldType.TEXT) {
                violations.add("fields", "the slug field's 'from' must name a text field: " + from);
              }
            });
  }

  private static Optional<FieldDefinition> parseField(
      JsonObject json, String path, TypeKind kind, Violations violations) {
    StrictObject field = new StrictObject(json, path, violations);
    String key = field.string("key", true).orElse(null);
    if (key != null && (key.length() > 64 || !FIELD_KEY.matcher(key).matches())) {
      violations.add(path + ".key", "must start with a letter and hold only letters, digits, '_'");
    }
    String typeName = field.string("type", true).orElse(null);
    if (key == null || typeName == null) {
      return Optional.empty();
    }
    Optional<FieldType> type = FieldType.fromWireName(typeName);
    if (type.isEmpty()) {
      violations.add(
          path + ".type", "unknown field type '" + typeName + "'; known: " + FieldType.wireNames());
      return Optional.empty();
    }
    FieldType fieldType = type.get();
    Set<String> allowed = new HashSet<>(COMMON_FIELD_PROPERTIES);
    allowed.addAll(fieldType.options());
    field.allowOnly(allowed);
    if (kind == TypeKind.BLOCK && !fieldType.isAllowedInBlock()) {
      violations.add(path + ".type", "a block cannot hold a " + fieldType.wireName() + " field");
    }
    boolean localized = field.bool("localized", fieldType.isLocalizedByDefault());
    if (fieldType == FieldType.SLUG && !localized) {
      violations.add(path + ".localized", "slug fields are always localized");
    }
    if (kind == TypeKind.BLOCK && json.get("localized") == jakarta.json.JsonValue.TRUE) {
      violations.add(path + ".localized", "block fields follow the blocks field they sit in");
    }
    boolean required = field.bool("required", false);
    Map<String, String> label = field.localizedText("label", false);
    boolean fallback = field.bool("fallback", true);
    JsonValue defaultValue = json.containsKey("default") ? json.get("default") : null;
    JsonObject options = parseOptions(json, path, fieldType, violations);
    boolean storedLocalized = kind == TypeKind.BLOCK ? false : localized;
    return Optional.of(
        new FieldDefinition(
            key,
            fieldType,
            storedLocalized,
            required,
            label,
            // only a localized value can fall back; toJson() leaves it out of a shared field
            storedLocalized ? fallback : true,
            defaultValue,
            options));
  }

  private static JsonObject parseOptions(
      JsonObject json, String path, FieldType type, Violations violations) {
    JsonObjectBuilder options = Jsons.createObjectBuilder();
    for (String option : type.options()) {
      JsonValue value = json.get(option);
      if (value == null || value == JsonValue.NULL) {
        continue;
      }
      String optionPath = path + "." + option;
      switch (option) {
        case "maxLength", "minLength", "maxItems" -> {
          if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 0) {
            options.add(option, n.intValue());
          } else {
            violations.add(optionPath, "must be a whole number of at least 0");
          }
        }
        case "min", "max" -> {
          if (value instanceof JsonNumber n) {
            options.add(option, n);
          } else {
            violations.add(optionPath, "must be a number");
          }
        }
        case "multiline", "integer", "multiple", "translate" -> {
          if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            options.add(option, value);
          } else {
            violations.add(optionPath, "must be true or false");
          }
        }
        case "from" -> {
          if (value instanceof JsonString s) {
            options.add(option, s.getString());
          } else {
            violations.add(optionPath, "must name a text field");
          }
        }
        case "itemType" -> {
          Optional<FieldType> item =
              value instanceof JsonString s
                  ? FieldType.fromWireName(s.getString())
                  : Optional.empty();
          if (item.isPresent() && item.get().isListElement()) {
            options.add(option, item.get().wireName());
          } else {
            violations.add(
                optionPath,
                "must be one of text, number, boolean, date, dateTime, url, reference, asset");
          }
        }
        case "allowedValues", "allowedTypes", "allowedBlocks" -> {
          if (value.getValueType() == JsonValue.ValueType.ARRAY
              && value.asJsonArray().stream().allMatch(v -> v instanceof JsonString)) {
            options.add(option, value);
          } else {
            violations.add(optionPath, "must be an array of strings");
          }
        }
        default -> throw new IllegalStateException("unhandled option " + option);
      }
    }
    JsonValue itemType = json.get("itemType");
    if (type == FieldType.LIST && (itemType == null || itemType == JsonValue.NULL)) {
      violations.add(path + ".itemType", "is required for a list");
    }
    return options.build();
  }
}
