package no.ordna.cms.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import no.ordna.cms.search.domain.SearchHit;
import no.ordna.cms.search.domain.SearchResult;
import org.junit.jupiter.api.Test;

class SearchMapperTest {

  @Test
  void writesTheDocumentedShape() {
    SearchResult result =
        new SearchResult(
            "sámi",
            "se",
            12,
            List.of(
                new SearchHit("i1", "article", "se", false, "Sámi", "sami", 3.14159f, "…tekst…"),
                new SearchHit("i2", "page", "nb", true, "Samisk", null, 0.000912345f, "")));

    JsonObject json = SearchMapper.toJson(result);

    assertEquals("sámi", json.getString("q"));
    assertEquals("se", json.getString("requestedLocale"));
    assertEquals(12, json.getInt("total"));
    JsonObject first = json.getJsonArray("items").getJsonObject(0);
    assertEquals("i1", first.getString("id"));
    assertEquals("article", first.getString("type"));
    assertEquals("se", first.getString("locale"));
    assertEquals(false, first.getBoolean("fallback"));
    assertEquals("Sámi", first.getString("title"));
    assertEquals("sami", first.getString("slug"));
    assertEquals("3.142", first.getJsonNumber("score").toString());
    assertEquals("…tekst…", first.getString("snippet"));
    JsonObject second = json.getJsonArray("items").getJsonObject(1);
    assertEquals(true, second.getBoolean("fallback"));
    assertEquals(JsonValue.NULL, second.get("slug"));
    assertEquals("0.0009123", second.getJsonNumber("score").toString());
  }
}
