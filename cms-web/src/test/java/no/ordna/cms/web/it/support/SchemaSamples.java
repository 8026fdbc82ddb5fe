package no.ordna.cms.web.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Request bodies shaped by the schemas of the served OpenAPI document, for the fuzzer: members the
 * schema names with values of their types (enumerations, date-times, locales and the ids the caller
 * knows), so that requests get past the first validation and into the deeper checks — with small
 * flaws mixed in (a hostile string or a value of the wrong kind in about one member in thirty, a
 * required member left out now and then, an unknown member added), since a request that is only a
 * little wrong is what finds the mistakes of the code behind validation.
 *
 * <p>Understands what the document uses: {@code $ref} to {@code #/components/schemas}, {@code
 * type}, {@code properties}, {@code required}, {@code additionalProperties}, {@code items}, {@code
 * enum}, {@code format}, {@code nullable}, {@code minimum}, {@code maximum} and {@code maxLength}.
 */
public final class SchemaSamples {

  private static final int MAX_DEPTH = 5;
  private static final List<String> LOCALES = List.of("nb", "nn", "se", "smj", "sma", "en");

  private final JsonObject schemas;
  private final Random random;
  private final List<String> known;
  private final Supplier<String> hostile;

  /**
   * @param document the OpenAPI document
   * @param random the source of every choice (seeded, so a run can be repeated)
   * @param known values that name real things (ids, type keys, user names)
   * @param hostile strings of the fuzzer's own (control characters, overlong, injections …)
   */
  public SchemaSamples(
      JsonObject document, Random random, List<String> known, Supplier<String> hostile) {
    JsonObject components = document.getJsonObject("components");
    this.schemas =
        components == null || components.getJsonObject("schemas") == null
            ? JsonValue.EMPTY_JSON_OBJECT
            : components.getJsonObject("schemas");
    this.random = random;
    this.known = known;
    this.hostile = hostile;
  }

  /**
   * The JSON schema of an operation's {@code application/json} body, or null when it takes none.
   */
  public static JsonObject jsonBodySchema(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    if (body == null || body.getJsonObject("content") == null) {
      return null;
    }
    JsonObject json = body.getJsonObject("content").getJsonObject("application/json");
    return json == null ? null : json.getJsonObject("schema");
  }

  /** A value shaped by {@code schema}. */
  public JsonValue sample(JsonObject schema) {
    return sample(schema, null, 0);
  }

  /** A query parameter's value shaped by its schema, as the text that goes into the query. */
  public String parameter(JsonObject schema, String name) {
    JsonValue value = sample(schema, name, MAX_DEPTH - 1);
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NULL -> "";
      case ARRAY, OBJECT -> hostile.get();
      default -> value.toString();
    };
  }

  private JsonValue sample(JsonObject schema, String name, int depth) {
    JsonObject resolved = resolve(schema);
    if (chance(3)) {
      return flaw();
    }
    if (resolved.getBoolean("nullable", false) && chance(5)) {
      return JsonValue.NULL;
    }
    JsonArray choices = resolved.getJsonArray("enum");
    if (choices != null && !choices.isEmpty()) {
      return choices.get(random.nextInt(choices.size()));
    }
    String type = resolved.getString("type", "");
    return switch (type) {
      case "object" -> object(resolved, depth);
      case "array" -> array(resolved, name, depth);
      case "integer" -> Json.createValue(integer(resolved));
      case "number" -> Json.createValue(chance(80) ? integer(resolved) : random.nextDouble() * 100);
      case "boolean" -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
      default -> Json.createValue(string(resolved, name));
    };
  }

  private JsonObject resolve(JsonObject schema) {
    JsonObject current = schema;
    for (int hops = 0; hops < 10 && current.containsKey("$ref"); hops++) {
      String ref = current.getString("$ref");
      String prefix = "#/components/schemas/";
      JsonObject target =
          ref.startsWith(prefix) ? schemas.getJsonObject(ref.substring(prefix.length())) : null;
      if (target == null) {
        return JsonValue.EMPTY_JSON_OBJECT;
      }
      current = target;
    }
    return current;
  }

  private JsonValue object(JsonObject schema, int depth) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    if (depth >= MAX_DEPTH) {
      return object.build();
    }
    JsonObject properties = schema.getJsonObject("properties");
    Set<String> required =
        schema.getJsonArray("required") == null
            ? Set.of()
            : Set.copyOf(
                schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList());
    if (properties != null) {
      for (var property : properties.entrySet()) {
        boolean include = required.contains(property.getKey()) ? !chance(5) : random.nextBoolean();
        if (include && property.getValue().getValueType() == JsonValue.ValueType.OBJECT) {
          object.add(
              property.getKey(),
              sample(property.getValue().asJsonObject(), property.getKey(), depth + 1));
        }
      }
    }
    JsonValue additional = schema.get("additionalProperties");
    if (additional != null && additional.getValueType() == JsonValue.ValueType.OBJECT) {
      // maps in this API are keyed by locale (texts, titles) or by field name
      int entries = random.nextInt(3);
      for (int i = 0; i < entries; i++) {
        String key = chance(70) ? pick(LOCALES) : word();
        object.add(key, sample(additional.asJsonObject(), key, depth + 1));
      }
    }
    if (chance(5)) {
      object.add(word(), flaw());
    }
    return object.build();
  }

  private JsonValue array(JsonObject schema, String name, int depth) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    JsonObject items = schema.getJsonObject("items");
    if (items == null || depth >= MAX_DEPTH) {
      return array.build();
    }
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      array.add(sample(items, name, depth + 1));
    }
    return array.build();
  }

  private long integer(JsonObject schema) {
    long min = schema.containsKey("minimum") ? schema.getJsonNumber("minimum").longValue() : 0;
    long max =
        schema.containsKey("maximum")
            ? schema.getJsonNumber("maximum").longValue()
            : Math.max(min, 100);
    if (chance(10)) {
      return pick(List.of(min - 1, max + 1, -1L, 0L, Long.MAX_VALUE, (long) Integer.MIN_VALUE));
    }
    return min + (long) (random.nextDouble() * (max - min + 1));
  }

  private String string(JsonObject schema, String name) {
    String format = schema.getString("format", "");
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    String value;
    if (format.equals("date-time") || lower.endsWith("at")) {
      Instant at =
          Instant.now()
              .plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30) - 60 * 24))
              .truncatedTo(ChronoUnit.SECONDS);
      value = at.toString();
    } else if (lower.equals("locale") || lower.endsWith("locale") || lower.equals("locales")) {
      value = pick(LOCALES);
    } else if (chance(30)) {
      value = pick(known);
    } else if (chance(15)) {
      value = hostile.get();
    } else {
      value = word();
    }
    int maxLength = schema.getInt("maxLength", Integer.MAX_VALUE);
    if (value.length() > maxLength && !chance(10)) {
      value = value.substring(0, maxLength);
    }
    return value;
  }

  /** A value that does not belong: a hostile string, a number, a list or nothing. */
  private JsonValue flaw() {
    return switch (random.nextInt(5)) {
      case 0 -> JsonValue.NULL;
      case 1 -> Json.createValue(random.nextLong());
      case 2 -> Json.createArrayBuilder().add(hostile.get()).build();
      case 3 -> JsonValue.EMPTY_JSON_OBJECT;
      default -> Json.createValue(hostile.get());
    };
  }

  private String word() {
    int length = 1 + random.nextInt(12);
    StringBuilder word = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
