package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.BinaryReply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared server starts with CMS_DEMO_DATA=true: the seed page's content is there. */
@ExtendWith(SharedServer.class)
class DemoDataIT {

  private static List<JsonObject> items(Api api, String type) {
    return api
        .get("/api/v1/manage/items?limit=100&type=" + type)
        .json()
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  @Test
  void nineConferencesThreeNewsItemsSevenVideosAndThePageAreLoaded(Api api) {
    assertEquals(9, items(api, "conference").size());
    assertEquals(7, items(api, "video").size());
    assertTrue(items(api, "article").size() >= 3);
    assertTrue(
        items(api, "page").stream()
            .anyMatch(
                p ->
                    "Nasjonal kompetansestrategi"
                        .equals(
                            p.getJsonObject("variants").getJsonObject("nb").getString("title"))));
    assertTrue(
        items(api, "portrait").stream()
            .anyMatch(
                p ->
                    "Bjørn Haugstad"
                        .equals(
                            p.getJsonObject("variants").getJsonObject("nb").getString("title"))));
  }

  @Test
  void conferenceFiveHasItsSamiTitleAsARealSeVariant(Api api) {
    JsonObject five =
        items(api, "conference").stream()
            .filter(c -> c.getJsonObject("variants").containsKey("se"))
            .findFirst()
            .orElseThrow();

    JsonObject full = api.get("/api/v1/manage/items/" + five.getString("id")).json();

    assertEquals(5, full.getJsonObject("shared").getInt("number"));
    assertEquals("Tromsø", full.getJsonObject("shared").getString("city"));
    assertEquals("2016-06-01", full.getJsonObject("shared").getString("startDate"));
    assertEquals(
        "Sámi perspektiiva našunála gealbopolitikihkkálaš strategiijas",
        full.getJsonObject("variants").getJsonObject("se").getString("title"));
  }

  @Test
  void theStrategyPagesImageIsARealAssetWithItsAltText(Api api) {
    JsonObject page =
        items(api, "page").stream()
            .filter(
                p ->
                    "Nasjonal kompetansestrategi"
                        .equals(p.getJsonObject("variants").getJsonObject("nb").getString("title")))
            .findFirst()
            .orElseThrow();
    JsonObject full = api.get("/api/v1/manage/items/" + page.getString("id")).json();
    String imageId = full.getJsonObject("shared").getString("image");

    JsonObject image = api.get("/api/v1/manage/assets/" + imageId).json();

    assertEquals("image/png", image.getString("mediaType"));
    assertTrue(image.getInt("width") > 0);
    assertEquals(
        "Hvite ikoner i røde bokser formet som deler av et hjul",
        image.getJsonObject("texts").getJsonObject("nb").getString("alt"));
    BinaryReply bytes = api.anonymous().getBytes(image.getString("url"));
    assertEquals(200, bytes.status(), "the published page makes its image public");
    assertEquals("image/png", bytes.header("Content-Type"));
    JsonObject delivered =
        api.anonymous().get("/api/v1/content/page/" + page.getString("id") + "?locale=nb").json();
    assertEquals(
        "Hvite ikoner i røde bokser formet som deler av et hjul",
        delivered.getJsonObject("assets").getJsonObject(imageId).getString("alt"));
  }

  @Test
  void everyStrategyDocumentHasAGeneratedPdfWithItsTitle(Api api) {
    List<JsonObject> documents = items(api, "document");
    assertEquals(5, documents.size());
    for (JsonObject document : documents) {
      JsonObject full = api.get("/api/v1/manage/items/" + document.getString("id")).json();
      JsonObject nb = full.getJsonObject("variants").getJsonObject("nb");
      JsonObject file =
          api.get("/api/v1/manage/assets/" + full.getJsonObject("shared").getString("file")).json();
      assertEquals("application/pdf", file.getString("mediaType"));
      assertEquals(2, file.getInt("pageCount"));
      assertEquals(nb.getString("title"), file.getString("pdfTitle"));
      BinaryReply pdf = api.getBytes(file.getString("url"));
      assertEquals("application/pdf", pdf.header("Content-Type"));
      assertEquals('%', pdf.body()[0]);
    }
  }

  @Test
  void theDemoContentIsPublishedForFrontEndsIncludingTheSamiTitle(Api api) {
    JsonObject conferences = api.anonymous().get("/api/v1/content/conference?limit=50").json();
    assertEquals(9, conferences.getJsonArray("items").size());
    JsonObject inSami = api.anonymous().get("/api/v1/content/conference?locale=se&limit=50").json();
    assertTrue(
        inSami.toString().contains("Sámi perspektiiva našunála gealbopolitikihkkálaš strategiijas"),
        "conference 5 in its own Sámi variant");
  }

  @Test
  void theAgencysFormerNameIsKept(Api api) {
    assertTrue(
        items(api, "organisation").stream()
            .map(
                o ->
                    api.get("/api/v1/manage/items/" + o.getString("id"))
                        .json()
                        .getJsonObject("shared"))
            .anyMatch(
                shared ->
                    shared.containsKey("formerNames")
                        && shared.getJsonArray("formerNames").toString().contains("Vox")));
  }
}
