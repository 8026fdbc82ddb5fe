package no.ordna.cms.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.ordna.cms.api.WireJson;
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

    assertEquals(
        "{\"q\":\"sámi\",\"requestedLocale\":\"se\",\"total\":12,\"items\":["
            + "{\"id\":\"i1\",\"type\":\"article\",\"locale\":\"se\",\"fallback\":false,"
            + "\"title\":\"Sámi\",\"slug\":\"sami\",\"score\":3.142,\"snippet\":\"…tekst…\"},"
            + "{\"id\":\"i2\",\"type\":\"page\",\"locale\":\"nb\",\"fallback\":true,"
            + "\"title\":\"Samisk\",\"slug\":null,\"score\":0.0009123,\"snippet\":\"\"}]}",
        WireJson.write(SearchMapper.answer(result)));
  }
}
