package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.XliffFiles.XLIFF_2;
import static no.ordna.cms.web.it.support.XliffFiles.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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

/**
 * XLIFF 2.0 as CAT tools want it: rich text split by block with inline codes and context notes; an
 * import that protects the markup and says what it did with every unit.
 */
@ExtendWith(SharedServer.class)
class XliffInlineCodesIT {

  static final String LINK =
      "<a href=\"https://www.kompetansenorge.no/strategi\" title=\"Nasjonal strategi\">";
  static final String BODY =
      "<h2>Om strategien</h2><p>Les <strong>hele</strong> "
          + LINK
          + "strategien</a>.<br>Ny linje.</p><ul><li>Én</li><li>To<ul><li>To a</li></ul></li></ul>"
          + "<table><tbody><tr><th>Sted</th><td>Tromsø</td></tr></tbody></table>";

  static String item(Api api, String type) {
    return createItem(
            api,
            type,
            "nb",
            json(
                """
                {"title": "Strategien", "body": %s,
                 "content": [
                   {"type": "quote", "id": "q1",
                    "fields": {"text": "Vi må jobbe sammen.", "person": "Bjørn Haugstad"}},
                   {"type": "paragraph", "id": "p1", "fields": {"text": "<p>Blokk <em>tekst</em></p>"}}]}
                """
                    .formatted(jakarta.json.Json.createValue(BODY).toString())))
        .json()
        .getString("id");
  }

  static Reply importXliff(Api api, String xml) {
    return api.send(
        "POST", "/api/v1/manage/translations/import", xml, "Content-Type", "application/xliff+xml");
  }

  static Document export(Api api, String type, String query) {
    Reply export = api.get("/api/v1/manage/translations/export?type=" + type + "&" + query);
    assertEquals(200, export.status(), export.body());
    return XliffFiles.parse(export.body());
  }

  static Map<String, String> notes(Element unit) {
    return elements(unit, XLIFF_2, "note").stream()
        .collect(Collectors.toMap(n -> n.getAttribute("category"), Element::getTextContent));
  }

  @Test
  void richTextIsSplitByBlockWithProtectedCodesTheOriginalMarkupAndContextNotes(Api api) {
    String type = createEventType(api);
    item(api, type);

    Document xliff = export(api, type, "locale=se");

    assertEquals(
        List.of(
            "title",
            "body:1",
            "body:2",
            "body:3",
            "body:4",
            "body:5",
            "body:6",
            "body:7",
            "content.q1.text",
            "content.q1.person",
            "content.p1.text:1"),
        XliffFiles.unitIds(xliff));
    Element paragraph = XliffFiles.unit(xliff, "body:2");
    Element source = elements(paragraph, XLIFF_2, "source").get(0);
    List<Element> paired = elements(source, XLIFF_2, "pc");
    assertEquals(2, paired.size());
    assertEquals("xlf:b", paired.get(0).getAttribute("subType"));
    assertEquals("link", paired.get(1).getAttribute("type"));
    assertEquals("no", paired.get(1).getAttribute("canDelete"));
    Element lineBreak = elements(source, XLIFF_2, "ph").get(0);
    assertEquals("xlf:lb", lineBreak.getAttribute("subType"));
    Map<String, String> data =
        elements(paragraph, XLIFF_2, "data").stream()
            .collect(Collectors.toMap(d -> d.getAttribute("id"), Element::getTextContent));
    assertEquals(LINK, data.get(paired.get(1).getAttribute("dataRefStart")));
    assertEquals("</a>", data.get(paired.get(1).getAttribute("dataRefEnd")));
    assertEquals("<br>", data.get(lineBreak.getAttribute("dataRef")));
    assertEquals("Les hele strategien.Ny linje.", source.getTextContent());

    Map<String, String> notes = notes(XliffFiles.unit(xliff, "body:1"));
    assertEquals(type + " (Arrangement)", notes.get("contentType"));
    assertEquals("body", notes.get("field"));
    assertEquals("heading 2 (1 of 7 in the field)", notes.get("segment"));
    assertEquals("1", notes.get("sourceRevision"));
    assertEquals(
        "list item, level 2 (5 of 7 in the field)",
        notes(XliffFiles.unit(xliff, "body:5")).get("segment"));
    assertEquals(
        "table header cell (6 of 7 in the field)",
        notes(XliffFiles.unit(xliff, "body:6")).get("segment"));
    assertEquals("quote", notes(XliffFiles.unit(xliff, "content.q1.text")).get("blockType"));
    assertEquals("no", XliffFiles.unit(xliff, "content.q1.person").getAttribute("translate"));
    assertEquals(
        "120",
        XliffFiles.unit(xliff, "title")
            .getAttributeNS("urn:oasis:names:tc:xliff:sizerestriction:2.0", "sizeRestriction"));
  }

  @Test
  void codesMayMoveButAUnitWithCodesMissingAddedOrWronglyNestedIsRefusedAndEveryOneIsNamed(
      Api api) {
    String type = createEventType(api);
    String id = item(api, type);
    String etag = api.get("/api/v1/manage/items/" + id).etag();
    String exported = XliffFiles.serialize(export(api, type, "locale=se"));

    Document broken = XliffFiles.parse(XliffFiles.translate(exported, text -> text));
    XliffFiles.setTarget(
        broken, "body:2", "Loga olles <pc id=\"2\">strategiija</pc>.<ph id=\"3\"/>");
    XliffFiles.setTarget(
        broken,
        "content.p1.text:1",
        "Blokka <pc id=\"1\">teaksta</pc><ph id=\"9\"/><pc id=\"1\">nuppát</pc>");
    XliffFiles.setTarget(broken, "body:1", "<sc id=\"7\"/>Strategiija");
    Reply refused = importXliff(api, XliffFiles.serialize(broken));

    assertEquals(400, refused.status(), refused.body());
    assertEquals("application/problem+json", refused.header("Content-Type"));
    String detail = refused.json().getString("detail");
    assertTrue(
        detail.contains(
            "3 units refused (file[0].unit[body:1], file[0].unit[body:2],"
                + " file[0].unit[content.p1.text:1])"),
        detail);
    String errors = refused.json().getJsonArray("errors").toString();
    assertTrue(errors.contains("inline code 1 (<strong>…</strong>) is missing"), errors);
    assertTrue(errors.contains("inline code 9 is not in the source"), errors);
    assertTrue(errors.contains("inline code 1 (<em>…</em>) appears 2 times"), errors);
    assertTrue(errors.contains("inline code 7 starts but never ends (wrongly nested)"), errors);
    assertEquals(etag, api.get("/api/v1/manage/items/" + id).etag(), "nothing changed");

    Document moved = XliffFiles.parse(XliffFiles.translate(exported, text -> text));
    XliffFiles.setTarget(
        moved,
        "body:2",
        "<pc id=\"2\">Strategiija</pc> galgá <pc id=\"1\">ollásit</pc> lohkat.<ph id=\"3\"/>Ođđa.");
    Reply imported = importXliff(api, XliffFiles.serialize(moved));

    assertEquals(200, imported.status(), imported.body());
    String body =
        api.get("/api/v1/manage/items/" + id + "/variants/se")
            .json()
            .getJsonObject("fields")
            .getString("body");
    assertTrue(
        body.contains(
            "<p>" + LINK + "Strategiija</a> galgá <strong>ollásit</strong> lohkat.<br>Ođđa.</p>"),
        body);
  }

  @Test
  void anImportSaysWhatItDidWithEachUnitAndASourceChangedSinceTheExportIsNeverMarkedUpToDate(
      Api api) {
    String type = createEventType(api);
    String id =
        createItem(
                api, type, "nb", json("{\"title\": \"Tittel\", \"body\": \"<p>En</p><p>To</p>\"}"))
            .json()
            .getString("id");
    String first =
        XliffFiles.translate(
            XliffFiles.serialize(export(api, type, "locale=se")),
            (unit, text) -> Map.of("Tittel", "Namma", "En", "Okta", "To", "Guokte").get(text));
    assertEquals(200, importXliff(api, first).status());
    String again = XliffFiles.serialize(export(api, type, "locale=se&status=in_progress"));
    String etag = api.get("/api/v1/manage/items/" + id).etag();
    api.put(
        "/api/v1/manage/items/" + id + "/variants/nb",
        fields(json("{\"title\": \"Tittel\", \"body\": \"<p>En</p><p>To endret</p>\"}")),
        "If-Match",
        etag);

    Reply imported =
        importXliff(api, again.replace("<target>Namma</target>", "<target>Namma ođđa</target>"));

    assertEquals(200, imported.status(), imported.body());
    JsonObject item = imported.json().getJsonArray("items").getJsonObject(0);
    assertTrue(item.getBoolean("changed"));
    assertEquals(1, item.getInt("sourceRevision"), "the revision the file was exported from");
    assertEquals("outdated", item.getString("status"));
    Map<String, String> results =
        item.getJsonArray("units").stream()
            .map(JsonObject.class::cast)
            .collect(
                Collectors.toMap(
                    u -> u.getString("id"),
                    u ->
                        u.getString("result") + (u.getBoolean("sourceChanged") ? "+changed" : "")));
    assertEquals(
        Map.of("title", "applied", "body:1", "unchanged", "body:2", "unchanged+changed"), results);
    assertEquals(
        "outdated",
        api.get("/api/v1/manage/translations/" + id + "/se").json().getString("status"));
  }

  @Test
  void anOutdatedTranslationIsExportedWithItsUnchangedSegmentsTranslatedAndTheChangedOnesForReview(
      Api api) {
    String type = createEventType(api);
    String id =
        createItem(
                api, type, "nb", json("{\"title\": \"Tittel\", \"body\": \"<p>En</p><p>To</p>\"}"))
            .json()
            .getString("id");
    importXliff(
        api,
        XliffFiles.translate(
            XliffFiles.serialize(export(api, type, "locale=se")),
            (unit, text) -> Map.of("Tittel", "Namma", "En", "Okta", "To", "Guokte").get(text)));
    api.put(
        "/api/v1/manage/items/" + id + "/variants/nb",
        fields(json("{\"title\": \"Tittel\", \"body\": \"<p>Ny</p><p>En</p><p>To endret</p>\"}")),
        "If-Match",
        api.get("/api/v1/manage/items/" + id).etag());

    Document xliff = export(api, type, "locale=se&status=outdated");

    Element inserted = XliffFiles.unit(xliff, "body:1");
    assertTrue(elements(inserted, XLIFF_2, "target").isEmpty());
    assertEquals("new in the source since the translation", notes(inserted).get("sourceChanged"));
    Element moved = XliffFiles.unit(xliff, "body:2");
    assertEquals("Okta", elements(moved, XLIFF_2, "target").get(0).getTextContent());
    assertEquals("translated", elements(moved, XLIFF_2, "segment").get(0).getAttribute("state"));
    Element changed = XliffFiles.unit(xliff, "body:3");
    assertEquals("Guokte", elements(changed, XLIFF_2, "target").get(0).getTextContent());
    Element segment = elements(changed, XLIFF_2, "segment").get(0);
    assertEquals("initial", segment.getAttribute("state"));
    assertEquals("ordna:source-changed", segment.getAttribute("subState"));
    assertEquals(
        "the source changed since the translation; it was: To",
        notes(changed).get("sourceChanged"));
    assertEquals(
        "Namma",
        elements(XliffFiles.unit(xliff, "title"), XLIFF_2, "target").get(0).getTextContent());
  }
}
