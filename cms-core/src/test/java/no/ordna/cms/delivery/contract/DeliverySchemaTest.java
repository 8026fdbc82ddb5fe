package no.ordna.cms.delivery.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class DeliverySchemaTest {

  private static final JsonObject SCHEMA =
      new DeliverySchema(
              ContractFixtures.event(), ContractFixtures.blocks(), ContractFixtures.LOCALES)
          .document("http://localhost:8080/api/v1/content-types/event/schema");

  private static JsonObject field(String key) {
    return SCHEMA
        .getJsonObject("$defs")
        .getJsonObject("item")
        .getJsonObject("properties")
        .getJsonObject("fields")
        .getJsonObject("properties")
        .getJsonObject(key);
  }

  @Test
  void itIsADraft202012SchemaWithItsOwnAddress() {
    assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.getString("$schema"));
    assertEquals(
        "http://localhost:8080/api/v1/content-types/event/schema", SCHEMA.getString("$id"));
    assertEquals("#/$defs/item", SCHEMA.getString("$ref"));
    assertFalse(SCHEMA.getBoolean("unevaluatedProperties"));
  }

  @Test
  void eachFieldTypeHasItsJsonType() {
    assertEquals(120, field("title").getInt("maxLength"));
    assertEquals("[\"talk\",\"workshop\"]", field("kind").getJsonArray("enum").toString());
    assertEquals("integer", field("seats").getString("type"));
    assertEquals(0, field("seats").getInt("minimum"));
    assertEquals("boolean", field("open").getString("type"));
    assertEquals("date", field("day").getString("format"));
    assertEquals("date-time", field("starts").getString("format"));
    assertEquals("uri", field("link").getString("format"));
    assertEquals("uuid", field("host").getString("format"));
    assertEquals("array", field("photos").getString("type"));
    assertEquals("uuid", field("photos").getJsonObject("items").getString("format"));
    assertEquals("string", field("topics").getJsonObject("items").getString("type"));
    assertEquals("number", field("scores").getJsonObject("items").getString("type"));
    assertEquals("text/html", field("body").getString("contentMediaType"));
  }

  @Test
  void blocksAreAUnionOfTheAllowedBlockTypesToldApartByType() {
    JsonObject items = field("content").getJsonObject("items");
    assertEquals("[{\"$ref\":\"#/$defs/block:quote\"}]", items.getJsonArray("oneOf").toString());
    JsonObject quote = SCHEMA.getJsonObject("$defs").getJsonObject("block:quote");
    assertEquals(
        "quote", quote.getJsonObject("properties").getJsonObject("type").getString("const"));
    assertFalse(SCHEMA.getJsonObject("$defs").containsKey("block:fact-box"), "not allowed here");
  }

  @Test
  void scalarsTheTypeRequiresAreRequiredButReferencesMayBeLeftOut() {
    String required =
        SCHEMA
            .getJsonObject("$defs")
            .getJsonObject("item")
            .getJsonObject("properties")
            .getJsonObject("fields")
            .getJsonArray("required")
            .toString();
    assertTrue(required.contains("\"title\""));
    assertTrue(required.contains("\"day\""));
    assertFalse(required.contains("\"host\""), "an unpublished reference is left out");
  }

  @Test
  void localesAreTheConfiguredOnes() {
    assertEquals(
        "[\"nb\",\"se\"]",
        SCHEMA.getJsonObject("$defs").getJsonObject("locale").getJsonArray("enum").toString());
  }
}
