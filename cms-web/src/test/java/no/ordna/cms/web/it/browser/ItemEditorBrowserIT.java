package no.ordna.cms.web.it.browser;

import static no.ordna.cms.web.it.browser.EditorPage.field;
import static no.ordna.cms.web.it.browser.EditorPage.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.TestAssets;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The item editor in a real browser: an article written with every kind of content and saved as
 * exactly that; validation problems beside their fields; two people saving the same variant without
 * losing either's work; the whole story with the keyboard alone; no serious accessibility problems;
 * and the rich-text editor giving back every allowed structure unchanged.
 */
@ExtendWith(SharedServer.class)
class ItemEditorBrowserIT {

  static final String BODY =
      "<p>Vanlig tekst og <strong>fet tekst</strong> og en"
          + " <a href=\"https://example.org/om?a=1&amp;b=2\">lenke</a>.</p>";

  static String username(Api user) {
    return user.get("/api/v1/manage/users/me").json().getString("username");
  }

  /** An article to refer to, with a title no other test uses. */
  static String target(Api api, String title) {
    return Fixtures.createItem(
            api, "article", "nb", Json.createObjectBuilder().add("title", title).build())
        .json()
        .getString("id");
  }

  static JsonObject variant(Api api, String id) {
    return api.get("/api/v1/manage/items/" + id + "/variants/nb").json();
  }

  /** Writes the body: plain text, bold with Mod-b, a link with Mod-k and its dialog. */
  static void writeBody(Browser browser, EditorPage editor) {
    editor.keys("Vanlig tekst og ").shortcut("b").keys("fet tekst").shortcut("b").keys(" og en ");
    editor.shortcut("k");
    browser.waitFor(By.cssSelector("dialog input[name=linkHref]"));
    editor.keys("https://example.org/om?a=1&b=2", Keys.TAB, "lenke", Keys.ENTER);
    browser.waitUntil(d -> d.findElements(By.cssSelector("dialog")).isEmpty());
    editor.keys(".");
  }

  @Test
  void anArticleWithEveryKindOfContentIsSavedAsWritten(Api admin) throws IOException {
    Api editorApi = Users.create(admin, "editor");
    String unique = Fixtures.uniqueKey("Referansemål");
    String targetId = target(admin, unique);
    String title = Fixtures.uniqueKey("Artikkel skrevet i nettleseren");
    Path png = Files.createTempFile("editor-", ".png");
    Files.write(png, TestAssets.image("png", 320, 200));

    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(editorApi), Users.PASSWORD);
      EditorPage editor = new EditorPage(browser).openNew("article");
      browser.screenshot("editor-new");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "new item");

      editor.find(in("fields.title", "input")).sendKeys(title);
      editor.find(in("fields.lead", "textarea")).sendKeys("En kort ingress.");
      editor.find(in("fields.body", ".ProseMirror")).click();
      writeBody(browser, editor);

      // a text block and an image block with a file uploaded here, alt text in nb
      editor.find(By.cssSelector(".blocks__add")).click();
      browser.waitFor(By.cssSelector("[data-block-type=paragraph]")).click();
      editor.waitForFocus("[data-path=\"fields.content[0].fields.text\"] .ProseMirror");
      editor.keys("Tekst i blokken.");
      editor.find(By.cssSelector(".blocks__add")).click();
      browser.waitFor(By.cssSelector("[data-block-type=image]")).click();
      editor
          .find(in("fields.content[1].fields.asset", "input[type=file]"))
          .sendKeys(png.toString());
      WebElement alt = browser.waitFor(in("fields.content[1].fields.asset", "[data-alt]"));
      editor.waitForFocus("[data-alt]");
      alt.sendKeys("Rød og blå flate", Keys.TAB);
      waitForAltSaved(browser, "fields.content[1].fields.asset");

      // a reference, found by title
      editor.find(in("fields.related", "input[role=combobox]")).sendKeys(unique);
      browser.waitFor(in("fields.related", "[role=option][aria-selected=true]"));
      editor.keys(Keys.ENTER);
      browser.waitFor(in("fields.related", ".picked__title"));
      assertEquals(unique, editor.find(in("fields.related", ".picked__title")).getText());
      editor.show(field("fields.content"));
      browser.screenshot("editor-blocks");

      editor.save();
      String id = editor.waitForItemAddress();

      JsonObject saved = variant(admin, id);
      JsonObject fields = saved.getJsonObject("fields");
      assertEquals(title, fields.getString("title"));
      assertEquals("En kort ingress.", fields.getString("lead"));
      assertEquals(BODY, fields.getString("body"));
      JsonArray content = fields.getJsonArray("content");
      assertEquals(2, content.size(), content.toString());
      assertEquals("paragraph", content.getJsonObject(0).getString("type"));
      assertEquals(
          "<p>Tekst i blokken.</p>",
          content.getJsonObject(0).getJsonObject("fields").getString("text"));
      assertEquals("image", content.getJsonObject(1).getString("type"));
      String assetId = content.getJsonObject(1).getJsonObject("fields").getString("asset");
      assertEquals(
          "Rød og blå flate",
          admin
              .get("/api/v1/manage/assets/" + assetId)
              .json()
              .getJsonObject("texts")
              .getJsonObject("nb")
              .getString("alt"));
      assertEquals(
          Json.createArrayBuilder().add(targetId).build(),
          saved.getJsonObject("shared").getJsonArray("related"));

      // the saved article as it opens again; saving another change keeps the rich text as it is
      editor.top();
      browser.screenshot("editor-article");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "existing item");
      editor.find(in("fields.lead", "textarea")).sendKeys(" Mer.");
      editor.shortcut("s").waitSaved();
      JsonObject again = variant(admin, id).getJsonObject("fields");
      assertEquals("En kort ingress. Mer.", again.getString("lead"));
      assertEquals(BODY, again.getString("body"));
      assertEquals(
          content.getJsonObject(0), again.getJsonArray("content").getJsonObject(0), "block kept");
    }
  }

  @Test
  void aRefusedSaveShowsEachProblemBesideItsField(Api admin) {
    Api editorApi = Users.create(admin, "editor");
    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(editorApi), Users.PASSWORD);
      EditorPage editor = new EditorPage(browser).openNew("article");
      editor.find(in("fields.lead", "textarea")).sendKeys("Ingress uten tittel.");
      editor.find(By.cssSelector(".blocks__add")).click();
      browser.waitFor(By.cssSelector("[data-block-type=paragraph]")).click();
      editor.find(By.cssSelector(".save-bar .button--primary")).click();

      WebElement summary = browser.waitFor(By.cssSelector(".error-summary"));
      browser.waitUntil(d -> editor.focused(".error-summary"));
      assertTrue(summary.getText().contains("Tittel: Må fylles ut."), summary.getText());
      WebElement error = editor.find(in("fields.title", ".error-text"));
      assertEquals("Må fylles ut.", error.getText());
      WebElement input = editor.find(in("fields.title", "input"));
      assertEquals("true", input.getAttribute("aria-invalid"));
      assertTrue(
          input.getAttribute("aria-describedby").contains(error.getAttribute("id")),
          "the message describes the input");
      WebElement blockError = editor.find(in("fields.content[0].fields.text", ".error-text"));
      assertEquals("Må fylles ut.", blockError.getText());
      assertTrue(browser.driver().getCurrentUrl().endsWith("/content/article/new"));

      // the summary's link leads to the field
      summary.findElement(By.partialLinkText("Tittel")).click();
      browser.waitUntil(d -> editor.focused("[data-path=\"fields.title\"] input"));
    }
  }

  @Test
  void twoPeopleSavingTheSameVariantKeepBothChanges(Api admin) {
    Api kari = Users.create(admin, "editor");
    Api ola = Users.create(admin, "editor");
    String id =
        Fixtures.createItem(
                admin,
                "article",
                "nb",
                Json.createObjectBuilder()
                    .add("title", Fixtures.uniqueKey("Felles sak"))
                    .add("lead", "Ingressen slik den var.")
                    .add("body", "<p>Brødteksten.</p>")
                    .build())
            .json()
            .getString("id");
    try (Browser first = Browser.open(admin.base());
        Browser second = Browser.open(admin.base())) {
      first.signIn(username(kari), Users.PASSWORD);
      second.signIn(username(ola), Users.PASSWORD);
      EditorPage karis = new EditorPage(first).open(id, "nb");
      first.waitUntil(
          d -> kari.get("/api/v1/manage/items/" + id + "/variants/nb/lock").status() == 200);
      EditorPage olas = new EditorPage(second).open(id, "nb");

      // Ola sees that Kari is editing, and edits anyway
      WebElement notice = second.waitFor(By.cssSelector(".lock-notice"));
      assertTrue(
          notice.getText().contains(username(kari) + " redigerer dette nå"), notice.getText());
      notice.findElement(By.tagName("button")).click();
      second.waitUntil(d -> d.findElements(By.cssSelector(".lock-notice")).isEmpty());

      WebElement lead = karis.find(in("fields.lead", "textarea"));
      lead.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Ingressen endret av Kari.");
      karis.save();
      first.waitForText("redigerer også denne språkversjonen");

      WebElement title = olas.find(in("fields.title", "input"));
      title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Tittelen endret av Ola");
      olas.find(By.cssSelector(".save-bar .button--primary")).click();

      WebElement dialog = second.waitFor(By.cssSelector("dialog form.conflict"));
      assertTrue(dialog.getText().contains("endret av Kari."), dialog.getText());
      assertEquals(
          "lead",
          dialog
              .findElement(By.cssSelector(".conflict__field--merged"))
              .getAttribute("data-field"));
      assertTrue(dialog.getText().contains(username(kari)), dialog.getText());
      second.screenshot("editor-conflict");
      assertEquals(List.of(), second.seriousAccessibilityViolations(), "conflict dialog");
      dialog.findElement(By.cssSelector("button[type=submit]")).click();
      olas.waitSaved();

      JsonObject fields = variant(admin, id).getJsonObject("fields");
      assertEquals("Tittelen endret av Ola", fields.getString("title"));
      assertEquals("Ingressen endret av Kari.", fields.getString("lead"));
      assertEquals("<p>Brødteksten.</p>", fields.getString("body"));
      // and Ola's form shows Kari's change too
      assertEquals(
          "Ingressen endret av Kari.",
          olas.find(in("fields.lead", "textarea")).getAttribute("value"));
    }
  }

  @Test
  void theWholeStoryWorksWithTheKeyboardAlone(Api admin) {
    Api editorApi = Users.create(admin, "editor");
    String unique = Fixtures.uniqueKey("Tastaturmål");
    String targetId = target(admin, unique);
    String fileName = Fixtures.uniqueKey("tastatur") + ".png";
    String assetId =
        TestAssets.upload(
                admin,
                TestAssets.image("png", 320, 200),
                "image/png",
                "fileName=" + fileName + "&locale=nb")
            .json()
            .getString("id");
    String title = Fixtures.uniqueKey("Skrevet med tastaturet");

    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(editorApi), Users.PASSWORD);
      EditorPage editor = new EditorPage(browser).openNew("article");
      editor.tabTo("[data-path=\"fields.title\"] input").keys(title);
      editor.tabTo("[data-path=\"fields.lead\"] textarea").keys("Ingress med tastaturet.");
      editor.tabTo("[data-path=\"fields.body\"] .ProseMirror");
      writeBody(browser, editor);

      // a paragraph block, then a heading block, then the heading moved up
      editor.tabTo(".blocks__add").keys(Keys.ENTER);
      editor.tabTo("[data-block-type=paragraph]").keys(Keys.ENTER);
      editor.waitForFocus("[data-path=\"fields.content[0].fields.text\"] .ProseMirror");
      editor.keys("Avsnittet.");
      editor.tabTo(".blocks__add").keys(Keys.ENTER);
      editor.tabTo("[data-block-type=heading]").keys(Keys.ENTER);
      editor.waitForFocus("[data-path=\"fields.content[1].fields.text\"] input");
      editor.keys("Mellomtittelen");
      editor.tabTo(".blocks > .block:nth-child(2) [data-move=up]", true).keys(Keys.ENTER);
      waitForAnnouncement(
          browser, "cms-field-blocks [role=status]", "«Mellomtittel» er flyttet til plass 1 av 2.");
      assertEquals(
          "1. Mellomtittel",
          editor.find(By.cssSelector(".blocks > .block:nth-child(1) .block__toggle")).getText());

      // an image block with a picture from the library, and its alt text
      editor.tabTo(".blocks__add").keys(Keys.ENTER);
      editor.tabTo("[data-block-type=image]").keys(Keys.ENTER);
      editor
          .tabTo("[data-path=\"fields.content[2].fields.asset\"] .dropzone button")
          .keys(Keys.ENTER);
      browser.waitFor(By.cssSelector("dialog input[type=search]"));
      editor.waitForFocus("dialog input[type=search]").keys(fileName);
      browser.waitUntil(
          d ->
              d.findElements(By.cssSelector("dialog .library-item")).size() == 1
                  && d.findElement(By.cssSelector("dialog .library-item"))
                      .getText()
                      .contains(fileName));
      editor.tabTo("dialog .library-item").keys(Keys.ENTER);
      editor.waitForFocus("[data-alt]").keys("Bilde valgt med tastaturet", Keys.TAB);
      waitForAltSaved(browser, "fields.content[2].fields.asset");

      // a reference
      editor.tabTo("[data-path=\"fields.related\"] input[role=combobox]").keys(unique);
      browser.waitFor(in("fields.related", "[role=option][aria-selected=true]"));
      editor.keys(Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ENTER);
      browser.waitFor(in("fields.related", ".picked__title"));

      editor.shortcut("s");
      String id = editor.waitForItemAddress();

      JsonObject saved = variant(admin, id);
      JsonObject fields = saved.getJsonObject("fields");
      assertEquals(title, fields.getString("title"));
      assertEquals(BODY, fields.getString("body"));
      JsonArray content = fields.getJsonArray("content");
      assertEquals(
          List.of("heading", "paragraph", "image"),
          content.getValuesAs(JsonObject.class).stream().map(b -> b.getString("type")).toList());
      assertEquals(
          Map.of("text", "Mellomtittelen", "level", "2"),
          Map.of(
              "text",
              content.getJsonObject(0).getJsonObject("fields").getString("text"),
              "level",
              content.getJsonObject(0).getJsonObject("fields").get("level").toString()));
      assertEquals(
          "<p>Avsnittet.</p>", content.getJsonObject(1).getJsonObject("fields").getString("text"));
      assertEquals(assetId, content.getJsonObject(2).getJsonObject("fields").getString("asset"));
      assertEquals(
          "Bilde valgt med tastaturet",
          admin
              .get("/api/v1/manage/assets/" + assetId)
              .json()
              .getJsonObject("texts")
              .getJsonObject("nb")
              .getString("alt"));
      assertEquals(
          Json.createArrayBuilder().add(targetId).build(),
          saved.getJsonObject("shared").getJsonArray("related"));

      // and sent for review, still with the keyboard
      browser.waitUntil(
          d ->
              !d.findElements(By.cssSelector("cms-workflow-panel [data-action=submit]")).isEmpty());
      editor.tabTo("cms-workflow-panel [data-action=submit]").keys(Keys.ENTER);
      browser.waitUntil(d -> "in_review".equals(variant(admin, id).getString("status")));
    }
  }

  static String structures() throws IOException {
    try (var in = ItemEditorBrowserIT.class.getResourceAsStream("/richtext/structures.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** Waits until a live region under the selector says the text. */
  static void waitForAnnouncement(Browser browser, String css, String text) {
    browser.waitUntil(
        d ->
            String.valueOf(
                    browser.script(
                        "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent).join(' ');",
                        css))
                .contains(text));
  }

  static void waitForAltSaved(Browser browser, String path) {
    browser.waitUntil(
        d ->
            d.findElements(in(path, ".asset-card__alt .hint")).stream()
                .anyMatch(e -> e.getText().contains("Alternativ tekst er lagret på bildet.")));
  }

  @Test
  void theRichTextEditorGivesBackEveryStructureUnchanged(Api admin) throws IOException {
    Api editorApi = Users.create(admin, "editor");
    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(editorApi), Users.PASSWORD);
      new EditorPage(browser).openNew("article");
      Object changed =
          ((org.openqa.selenium.JavascriptExecutor) browser.driver())
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "import('/admin/app/ui/richtext-schema.js').then(({parse, serialise}) =>"
                      + " done(JSON.parse(arguments[0]).filter(s => serialise(parse(s.html)) !== s.html)"
                      + ".map(s => s.name + ': ' + serialise(parse(s.html)))))"
                      + ".catch(e => done(['failed: ' + e]));",
                  structures());
      assertEquals(List.of(), changed, "structures the editor changes");
    }
  }
}
