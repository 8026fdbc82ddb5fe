package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.XliffFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every rich-text structure the sanitiser keeps — headings, every inline element, links with
 * titles, nested lists, tables with captions, heads and spans, quotations, preformatted text,
 * figures, rules, entities — goes through export and import, in both XLIFF versions, without loss:
 * the translation has exactly the source's markup, with the translated text in it.
 */
@ExtendWith(SharedServer.class)
class XliffRichTextRoundTripIT {

  /** Attribute values here hold no ø or å, so translating those letters touches only text. */
  static final String RICH =
      "<h2>Overskrift på nivå to</h2><h3>Tre</h3><h4>Fire</h4><h5>Fem</h5><h6>Seks</h6>"
          + "<p>Tekst med <strong>sterk</strong>, <b>feit</b>, <em>vakker</em>, <i>skrå</i>,"
          + " <u>understreka</u>, <s>streka</s>, H<sub>2</sub>O, x<sup>2</sup>, <code>kode</code>"
          + " og <span lang=\"se\">Sámi čáppa đ ŋ š ŧ ž</span> – æ ø å ï.</p>"
          + "<p>Les <a href=\"https://www.kompetansenorge.no/aktuelt\" title=\"Aktuelt &amp; nytt\""
          + " hreflang=\"nb\">nyhetene</a>, <a href=\"/om-oss\">om oss</a> og"
          + " <a href=\"mailto:post@kompetansenorge.no\">e-post</a>.<br>Ny linje<br><br>to til.</p>"
          + "<ul><li>Én</li><li>To<ul><li>To a</li><li>To <em>b</em><ol start=\"3\"><li>Dypt nede"
          + "</li></ol></li></ul></li><li><p>Avsnitt i punkt</p><p>Og ett til</p></li></ul>"
          + "<ol start=\"5\"><li>fem</li><li>seks</li></ol>"
          + "<table><caption>Konferanser</caption><thead><tr><th scope=\"col\">Nr.</th>"
          + "<th colspan=\"2\">Sted</th></tr></thead><tbody><tr><td rowspan=\"2\">1</td>"
          + "<td>Tromsø</td><td><strong>Fulltegnet</strong></td></tr><tr><td></td><td>Bodø</td>"
          + "</tr></tbody><tfoot><tr><td>Sum</td></tr></tfoot></table>"
          + "<blockquote><p>Vi må jobbe sammen.</p></blockquote><blockquote>Direkte sitat</blockquote>"
          + "<pre><code>mvn   verify\n  -DskipITs</code></pre>"
          + "<figure><figcaption>Bildetekst med <a href=\"https://x.no\">lenke</a></figcaption>"
          + "</figure><p>Før</p><hr><p>Etter &amp; &lt;tegn&gt; og hardt&nbsp;mellomrom</p>"
          + "<p></p><p><br></p>";

  private static String item(Api api, String type) {
    JsonObject fields =
        json(
            """
            {"title": "Rik tekst", "body": %s,
             "content": [{"type": "paragraph", "id": "p1", "fields": {"text": %s}}]}
            """
                .formatted(Json.createValue(RICH), Json.createValue(RICH)));
    return createItem(api, type, "nb", fields).json().getString("id");
  }

  private static JsonObject fields(Api api, String id, String locale) {
    return api.get("/api/v1/manage/items/" + id + "/variants/" + locale)
        .json()
        .getJsonObject("fields");
  }

  private static String translated(String text) {
    return text.replace('ø', 'ŋ').replace('å', 'á');
  }

  private void roundTrip(Api api, String version, String locale) {
    String type = createEventType(api);
    String id = item(api, type);
    JsonObject source = fields(api, id, "nb");
    assertEquals(RICH, source.getString("body"), "the sample is what the sanitiser keeps");
    Reply export =
        api.get(
            "/api/v1/manage/translations/export?locale="
                + locale
                + "&type="
                + type
                + "&version="
                + version);
    assertEquals(200, export.status(), export.body());

    Reply imported =
        XliffInlineCodesIT.importXliff(
            api, XliffFiles.translate(export.body(), XliffRichTextRoundTripIT::translated));

    assertEquals(200, imported.status(), imported.body());
    JsonObject target = fields(api, id, locale);
    assertEquals(translated(RICH), target.getString("body"));
    assertEquals(
        translated(RICH),
        target.getJsonArray("content").getJsonObject(0).getJsonObject("fields").getString("text"));
  }

  @Test
  void everyStructureTheSanitiserKeepsComesBackThroughXliff20WithTheTranslatedText(Api api) {
    roundTrip(api, "2.0", "se");
  }

  @Test
  void everyStructureTheSanitiserKeepsComesBackThroughXliff12WithTheTranslatedText(Api api) {
    roundTrip(api, "1.2", "sma");
  }
}
