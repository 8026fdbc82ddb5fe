package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.XliffFiles.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.XliffFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The existing translations of a locale pair as a TMX 1.4b memory, segment by segment. */
@ExtendWith(SharedServer.class)
class TmxIT {

  private static final String XML = "http://www.w3.org/XML/1998/namespace";

  /** The memory's pairs: source segment text → target segment as written (codes included). */
  private static Map<String, Element> pairs(Document tmx) {
    return elements(tmx.getDocumentElement(), "*", "tu").stream()
        .collect(
            Collectors.toMap(tu -> seg(tu, 0).getTextContent(), tu -> seg(tu, 1), (a, b) -> a));
  }

  private static Element seg(Element tu, int index) {
    return elements(elements(tu, "*", "tuv").get(index), "*", "seg").get(0);
  }

  @Test
  void existingTranslationsBecomeSegmentPairsWithMatchingCodesAndTheSourceTheyWereMadeFrom(
      Api api) {
    String type = createEventType(api);
    String id = XliffInlineCodesIT.item(api, type);
    Document exported = XliffInlineCodesIT.export(api, type, "locale=se");
    Document translated =
        XliffFiles.parse(
            XliffFiles.translate(
                XliffFiles.serialize(exported),
                (unit, text) -> unit.equals("body:3") ? null : text + " (se)"));
    XliffFiles.setTarget(
        translated,
        "body:2",
        "<pc id=\"2\">Strategiija</pc> galgá <pc id=\"1\">ollásit</pc> lohkat.<ph id=\"3\"/>Ođđa.");
    assertEquals(
        200, XliffInlineCodesIT.importXliff(api, XliffFiles.serialize(translated)).status());
    String etag = api.get("/api/v1/manage/items/" + id).etag();
    api.put(
        "/api/v1/manage/items/" + id + "/variants/nb",
        fields(json("{\"title\": \"Strategien, ny tittel\"}")),
        "If-Match",
        etag);

    Reply reply = api.get("/api/v1/manage/translations/tmx?source=nb&target=se&type=" + type);

    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.header("Content-Type").startsWith("application/x-tmx+xml"));
    Document tmx = XliffFiles.parse(reply.body());
    assertEquals("1.4", tmx.getDocumentElement().getAttribute("version"));
    Element header = elements(tmx.getDocumentElement(), "*", "header").get(0);
    assertEquals("nb", header.getAttribute("srclang"));
    Map<String, Element> pairs = pairs(tmx);
    assertEquals(
        "Strategien (se)",
        pairs.get("Strategien").getTextContent(),
        "an outdated translation pairs with the source it was made from");
    assertFalse(pairs.containsKey("Én"), "an untranslated segment is no pair");
    assertFalse(pairs.containsKey("Bjørn Haugstad"), "names are not translated");
    Element paragraph =
        elements(tmx.getDocumentElement(), "*", "tu").stream()
            .filter(tu -> seg(tu, 0).getTextContent().startsWith("Les "))
            .findFirst()
            .orElseThrow();
    Element source = seg(paragraph, 0);
    Element target = seg(paragraph, 1);
    assertEquals(
        "Les <strong>hele</strong> " + XliffInlineCodesIT.LINK + "strategien</a>.<br>Ny linje.",
        source.getTextContent());
    assertEquals(
        List.of("bold", "link"),
        elements(source, "*", "bpt").stream().map(b -> b.getAttribute("type")).toList());
    assertEquals(
        List.of("2", "1"),
        elements(target, "*", "bpt").stream().map(b -> b.getAttribute("x")).toList());
    assertEquals(XliffInlineCodesIT.LINK, elements(target, "*", "bpt").get(0).getTextContent());
    assertEquals("lb", elements(target, "*", "ph").get(0).getAttribute("type"));
    assertEquals("se", elements(paragraph, "*", "tuv").get(1).getAttributeNS(XML, "lang"));
  }

  @Test
  void theLocalePairIsRequiredConfiguredAndTwoDifferentLocales(Api api) {
    for (String query :
        List.of("source=nb", "target=se", "source=nb&target=nb", "source=nb&target=de")) {
      Reply reply = api.get("/api/v1/manage/translations/tmx?" + query);

      assertEquals(400, reply.status(), query + ": " + reply.body());
      assertEquals("application/problem+json", reply.header("Content-Type"));
    }
  }
}
