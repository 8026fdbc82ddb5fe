package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.XliffFiles.XLIFF_12;
import static no.ordna.cms.web.it.support.XliffFiles.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.XliffFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** XLIFF 1.2, chosen at export, with <g>/<x/> codes, read back by the same import. */
@ExtendWith(SharedServer.class)
class Xliff12IT {

  private static String export(Api api, String type, String query) {
    Reply export =
        api.get("/api/v1/manage/translations/export?version=1.2&type=" + type + "&" + query);
    assertEquals(200, export.status(), export.body());
    assertTrue(export.header("Content-Type").startsWith("application/xliff+xml"));
    return export.body();
  }

  @Test
  void version12CarriesGAndXCodesATargetPerUnitAndTheLimitsAndImportsBack(Api api) {
    String type = createEventType(api);
    String id = XliffInlineCodesIT.item(api, type);

    String exported = export(api, type, "locale=se");
    Document xliff = XliffFiles.parse(exported);

    assertEquals(XLIFF_12, xliff.getDocumentElement().getNamespaceURI());
    assertEquals("1.2", xliff.getDocumentElement().getAttribute("version"));
    Element file = elements(xliff.getDocumentElement(), XLIFF_12, "file").get(0);
    assertEquals("nb", file.getAttribute("source-language"));
    assertEquals("se", file.getAttribute("target-language"));
    assertEquals("item/" + id, file.getAttribute("original"));
    Element paragraph = XliffFiles.unit(xliff, "body:2");
    Element source = elements(paragraph, XLIFF_12, "source").get(0);
    List<Element> paired = elements(source, XLIFF_12, "g");
    assertEquals(
        List.of("bold", "link"), paired.stream().map(g -> g.getAttribute("ctype")).toList());
    assertEquals("lb", elements(source, XLIFF_12, "x").get(0).getAttribute("ctype"));
    Element target = elements(paragraph, XLIFF_12, "target").get(0);
    assertEquals("needs-translation", target.getAttribute("state"));
    assertEquals(source.getTextContent(), target.getTextContent());
    assertEquals("no", XliffFiles.unit(xliff, "content.q1.person").getAttribute("translate"));
    assertEquals("120", XliffFiles.unit(xliff, "title").getAttribute("maxwidth"));
    assertTrue(
        elements(paragraph, XLIFF_12, "note").stream()
            .anyMatch(n -> n.getTextContent().equals("sourceRevision: 1")));

    Reply imported =
        XliffInlineCodesIT.importXliff(
            api, XliffFiles.translate(exported, text -> text.replace("Les", "Loga")));

    assertEquals(200, imported.status(), imported.body());
    JsonObject se = api.get("/api/v1/manage/items/" + id + "/variants/se").json();
    assertTrue(
        se.getJsonObject("fields")
            .getString("body")
            .contains(
                "<p>Loga <strong>hele</strong> "
                    + XliffInlineCodesIT.LINK
                    + "strategien</a>.<br>Ny linje.</p>"),
        se.toString());
    assertEquals(
        "Bjørn Haugstad",
        se.getJsonObject("fields")
            .getJsonArray("content")
            .getJsonObject(0)
            .getJsonObject("fields")
            .getString("person"));
  }

  @Test
  void anUntranslatedFileChangesNothingAndSaysSoForEveryUnit(Api api) {
    String type = createEventType(api);
    String id = XliffInlineCodesIT.item(api, type);

    Reply imported = XliffInlineCodesIT.importXliff(api, export(api, type, "locale=se"));

    assertEquals(200, imported.status(), imported.body());
    assertEquals(0, imported.json().getInt("imported"));
    JsonObject item = imported.json().getJsonArray("items").getJsonObject(0);
    assertFalse(item.getBoolean("changed"));
    assertEquals("missing", item.getString("status"));
    assertTrue(
        item.getJsonArray("units").stream()
            .allMatch(u -> u.asJsonObject().getString("result").equals("unchanged")),
        item.toString());
    assertFalse(
        api.get("/api/v1/manage/items/" + id).json().getJsonObject("variants").containsKey("se"));
  }

  @Test
  void aMissingOrForeignCodeIn12IsRefusedNamingTheUnitAndAnUnknownVersionIsABadRequest(Api api) {
    String type = createEventType(api);
    XliffInlineCodesIT.item(api, type);
    Document xliff = XliffFiles.parse(XliffFiles.translate(export(api, type, "locale=se"), t -> t));
    XliffFiles.setTarget(xliff, "body:2", "Loga <g id=\"1\">olles</g> strategiija.");
    XliffFiles.setTarget(xliff, "body:3", "Okta<bpt id=\"1\">&lt;b&gt;</bpt>");

    Reply refused = XliffInlineCodesIT.importXliff(api, XliffFiles.serialize(xliff));

    assertEquals(400, refused.status(), refused.body());
    String errors = refused.json().getJsonArray("errors").toString();
    assertTrue(errors.contains("file[0].unit[body:2]"), errors);
    assertTrue(
        errors.contains("inline code 2 (" + XliffInlineCodesIT.LINK.replace("\"", "\\\"")), errors);
    assertTrue(errors.contains("inline code 3 (<br>) is missing"), errors);
    assertTrue(errors.contains("<bpt> is not an inline code of this export"), errors);

    Reply badVersion = api.get("/api/v1/manage/translations/export?locale=se&version=3.0");
    assertEquals(400, badVersion.status());
    assertEquals(
        "version", badVersion.json().getJsonArray("errors").getJsonObject(0).getString("path"));
  }
}
