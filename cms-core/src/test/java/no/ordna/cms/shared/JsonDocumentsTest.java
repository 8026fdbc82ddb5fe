package no.ordna.cms.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class JsonDocumentsTest {

  @Test
  void blankOrNullTextParsesToEmptyObjectAndArray() {
    assertEquals(JsonValue.EMPTY_JSON_OBJECT, JsonDocuments.parseObject(null));
    assertEquals(JsonValue.EMPTY_JSON_OBJECT, JsonDocuments.parseObject("  "));
    assertEquals(JsonValue.EMPTY_JSON_ARRAY, JsonDocuments.parseArray(""));
  }

  @Test
  void writtenDocumentParsesBackToTheSameValue() {
    String text = "{\"title\":\"Sámi æøå\",\"n\":[1,2.5,true,null]}";

    assertEquals(text, JsonDocuments.write(JsonDocuments.parseObject(text)));
  }

  @Test
  void nfcNormalisesEveryStringAndKeyInTheTree() {
    JsonValue decomposed =
        JsonDocuments.parseObject(
            "{\"Sa\\u0301mi\": [\"a\\u0301\", {\"k\": \"c\\u030c\"}, 1, true, null]}");

    assertEquals(
        JsonDocuments.parseObject(
            "{\"S\\u00e1mi\": [\"\\u00e1\", {\"k\": \"\\u010d\"}, 1, true, null]}"),
        JsonDocuments.nfc(decomposed));
  }

  @Test
  void nfcLeavesNormalisedStringsAsTheyAre() {
    JsonValue value = Json.createValue("Sámi");

    assertSame(value, JsonDocuments.nfc(value));
    assertEquals("\u00e1", JsonDocuments.nfc("a\u0301"));
    assertNull(JsonDocuments.nfc((String) null));
  }

  @Test
  void typeNameIsShortAndHuman() {
    assertEquals("a string", JsonDocuments.typeName(Json.createValue("x")));
    assertEquals("a number", JsonDocuments.typeName(Json.createValue(1)));
    assertEquals("a boolean", JsonDocuments.typeName(JsonValue.FALSE));
    assertEquals("null", JsonDocuments.typeName(JsonValue.NULL));
    assertEquals("an array", JsonDocuments.typeName(JsonValue.EMPTY_JSON_ARRAY));
    assertEquals("an object", JsonDocuments.typeName(JsonValue.EMPTY_JSON_OBJECT));
  }
}
