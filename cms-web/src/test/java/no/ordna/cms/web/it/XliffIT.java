package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Bulk translation through XLIFF 2.0: export, translate, import; bad files change nothing. */
@ExtendWith(SharedServer.class)
class XliffIT {

  private static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
  private static final String SAMI = "Sámi čáppa đ ŋ š ŧ ž ï – åarjel æ ø å";

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Reply importXliff(Api api, String xml) {
    return api.send(
        "POST", "/api/v1/manage/translations/import", xml, "Content-Type", "application/xliff+xml");
  }

  private static String itemWithBlocks(Api api, String type, String title) {
    return createItem(
            api,
            type,
            "nb",
            json(
                """
        {"title": "%s", "body": "<p>Første avsnitt</p><p>Andre</p>",
         "content": [{"type": "quote", "id": "q1", "fields": {"text": "Vi må jobbe sammen.", "person": "Bjørn Haugstad"}}]}
        """
                    .formatted(title)))
        .json()
        .getString("id");
  }

  @Test
  void exportedUnitsTranslatedAndImportedBecomeDraftVariantsWithSamiTextIntact(Api api)
      throws Exception {
    String type = createEventType(api);
    String first = itemWithBlocks(api, type, "Første sak");
    String second = itemWithBlocks(api, type, "Andre sak");

    Reply export = api.get("/api/v1/manage/translations/export?locale=se&type=" + type);
    assertEquals(200, export.status(), export.body());
    assertTrue(export.header("Content-Type").startsWith("application/xliff+xml"));
    Document xliff = parse(export.body());
    Element root = xliff.getDocumentElement();
    assertEquals("2.0", root.getAttribute("version"));
    assertEquals("nb", root.getAttribute("srcLang"));
    assertEquals("se", root.getAttribute("trgLang"));
    NodeList files = xliff.getElementsByTagNameNS(NS, "file");
    assertEquals(2, files.getLength());
    List<String> unitIds = new ArrayList<>();
    NodeList units = ((Element) files.item(0)).getElementsByTagNameNS(NS, "unit");
    for (int i = 0; i < units.getLength(); i++) {
      unitIds.add(((Element) units.item(i)).getAttribute("id"));
    }
    assertEquals(
        List.of("title", "body:1", "body:2", "content.q1.text", "content.q1.person"), unitIds);

    String translated =
        export
            .body()
            .replace(
                "<source>Første sak</source>",
                "<source>Første sak</source><target>" + SAMI + "</target>")
            .replace(
                "<source>Andre sak</source>",
                "<source>Andre sak</source><target>Nubbi ášši</target>")
            .replace(
                "<source>Vi må jobbe sammen.</source>",
                "<source>Vi må jobbe sammen.</source><target>Mii fertet bargat ovttas.</target>");
    Reply imported = importXliff(api, translated);

    assertEquals(200, imported.status(), imported.body());
    assertEquals(2, imported.json().getInt("imported"));
    assertTrue(imported.json().getJsonArray("items").getJsonObject(0).getBoolean("created"));
    JsonObject se = api.get("/api/v1/manage/items/" + first + "/variants/se").json();
    assertEquals(SAMI, se.getJsonObject("fields").getString("title"));
    assertEquals("draft", se.getString("status"));
    assertEquals("nb", se.getString("sourceLocale"));
    JsonObject quote =
        se.getJsonObject("fields").getJsonArray("content").getJsonObject(0).getJsonObject("fields");
    assertEquals("Mii fertet bargat ovttas.", quote.getString("text"));
    assertEquals("Bjørn Haugstad", quote.getString("person"));
    assertEquals(
        "Nubbi ášši",
        api.get("/api/v1/manage/items/" + second + "/variants/se")
            .json()
            .getJsonObject("fields")
            .getString("title"));
    assertEquals(
        "in_progress",
        api.get("/api/v1/manage/translations/" + first + "/se").json().getString("status"));
    Document again =
        parse(api.get("/api/v1/manage/translations/export?locale=se&type=" + type).body());
    assertEquals(
        0,
        again.getElementsByTagNameNS(NS, "file").getLength(),
        "nothing is missing or outdated now");
  }

  @Test
  void badFilesAreRejectedWithAClearErrorAndNothingChanges(Api api) throws Exception {
    String type = createEventType(api);
    String id = itemWithBlocks(api, type, "Urørt");
    String etag = api.get("/api/v1/manage/items/" + id).etag();
    String good =
        api.get("/api/v1/manage/translations/export?locale=se&type=" + type)
            .body()
            .replace("<source>Urørt</source>", "<source>Urørt</source><target>Guoddit</target>");

    List<Reply> refused =
        List.of(
            importXliff(api, "<xliff version=\"2.0\""),
            importXliff(api, good.replace(NS, "urn:example:not-xliff")),
            importXliff(api, good.replace("version=\"2.0\"", "version=\"1.2\"")),
            importXliff(api, good.replace(id, "00000000-0000-4000-8000-000000000000")),
            importXliff(api, good.replace("unit id=\"title\"", "unit id=\"subtitle\"")),
            importXliff(api, good.replace("trgLang=\"se\"", "trgLang=\"nb\"")),
            importXliff(
                api,
                good.replace(
                    "<target>Guoddit</target>", "<target>" + "g".repeat(200) + "</target>")),
            importXliff(
                api,
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + good.substring(good.indexOf("<xliff"))));

    for (Reply reply : refused) {
      assertEquals(400, reply.status(), reply.body());
      assertEquals("application/problem+json", reply.header("Content-Type"));
      assertFalse(reply.body().contains("root:"), "no external entity was read");
    }
    assertTrue(refused.get(4).body().contains("file[0].unit[subtitle]"), refused.get(4).body());
    assertTrue(refused.get(6).body().contains("file[0].fields.title"), refused.get(6).body());
    assertEquals(etag, api.get("/api/v1/manage/items/" + id).etag());
    assertFalse(
        api.get("/api/v1/manage/items/" + id).json().getJsonObject("variants").containsKey("se"));

    assertEquals(200, importXliff(api, good).status());
  }
}
