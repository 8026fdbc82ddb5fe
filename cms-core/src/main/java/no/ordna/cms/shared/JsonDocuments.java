package no.ordna.cms.shared;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.Map;

/** Reading, writing and normalising the JSON documents stored in the database. */
public final class JsonDocuments {

  private JsonDocuments() {}

  public static JsonObject parseObject(String text) {
    if (text == null || text.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  public static JsonArray parseArray(String text) {
    if (text == null || text.isBlank()) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
      return reader.readArray();
    }
  }

  public static String write(JsonValue value) {
    return value.toString();
  }

  /** Every string in the tree, keys included, in Unicode NFC. */
  public static JsonValue nfc(JsonValue value) {
    switch (value.getValueType()) {
      case STRING:
        String text = ((JsonString) value).getString();
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? value
            : Jsons.createValue(Normalizer.normalize(text, Normalizer.Form.NFC));
      case OBJECT:
        JsonObjectBuilder object = Jsons.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
          object.add(
              Normalizer.normalize(entry.getKey(), Normalizer.Form.NFC), nfc(entry.getValue()));
        }
        return object.build();
      case ARRAY:
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        for (JsonValue item : value.asJsonArray()) {
          array.add(nfc(item));
        }
        return array.build();
      default:
        return value;
    }
  }

  public static String nfc(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** A short, human name of a JSON value's type for error messages. */
  public static String typeName(JsonValue value) {
    switch (value.getValueType()) {
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case TRUE:
      case FALSE:
        return "a boolean";
      case NULL:
        return "null";
      case ARRAY:
        return "an array";
      default:
        return "an object";
    }
  }
}
