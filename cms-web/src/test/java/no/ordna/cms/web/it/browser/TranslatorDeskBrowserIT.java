package no.ordna.cms.web.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The translators' desk in a real browser: a translator limited to Northern Sámi finds a published
 * Bokmål article in the se queue, translates it side by side (shared fields read-only for them) and
 * submits it; after an editor changes the Bokmål text the item is outdated, the change is marked on
 * the desk, translated and marked up to date. XLIFF goes out as a file and comes back in, a broken
 * file is refused place by place with nothing changed. No serious accessibility problems.
 */
@ExtendWith(SharedServer.class)
class TranslatorDeskBrowserIT {

  static final String ITEMS = "/api/v1/manage/items/";

  static By target(String path, String css) {
    return By.cssSelector(".desk-target cms-variant-form [data-path=\"" + path + "\"] " + css);
  }

  static String username(Api user) {
    return user.get("/api/v1/manage/users/me").json().getString("username");
  }

  /** A published Bokmål article: title, lead, a body with bold, a text block, shared tags. */
  static String publishedArticle(Api admin, String title) {
    JsonObject fields =
        Json.createObjectBuilder()
            .add("title", title)
            .add("lead", "En kort ingress om saken.")
            .add("body", "<p>Vanlig tekst og <strong>fet tekst</strong>.</p>")
            .add(
                "content",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "paragraph")
                            .add("id", "avsnitt1")
                            .add(
                                "fields",
                                Json.createObjectBuilder().add("text", "<p>Tekst i blokken.</p>"))))
            .add("tags", Json.createArrayBuilder().add("kompetanse"))
            .build();
    String id = Fixtures.createItem(admin, "article", "nb", fields).json().getString("id");
    Fixtures.publish(admin, id, "nb");
    return id;
  }

  static JsonObject variant(Api api, String id, String locale) {
    return api.get(ITEMS + id + "/variants/" + locale).json();
  }

  static void waitSaved(Browser browser) {
    browser.waitUntil(
        d ->
            d.findElements(By.cssSelector(".desk-toolbar .save-bar__status")).stream()
                .anyMatch(e -> e.getText().contains("Alt er lagret")));
  }

  /** A key with a modifier held down, to whatever has the focus. */
  static void press(Browser browser, Keys modifier, CharSequence key) {
    new Actions(browser.driver()).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
  }

  /** Waits for the focus, or says where it is and what the desk announced. */
  static void focused(Browser browser, EditorPage keys, String css) {
    try {
      keys.waitForFocus(css);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "the focus is on "
              + keys.focusedDescription()
              + "; announced: "
              + browser.script(
                  "return document.querySelector('cms-translation-desk > p[role=status]').textContent;"),
          e);
    }
  }

  /** The queue's row of an item, once it is listed. */
  static WebElement row(Browser browser, String id) {
    return browser.waitFor(By.cssSelector("tr[data-item=\"" + id + "\"]"));
  }

  @Test
  void aTranslatorTranslatesSideBySideAndKeepsUpWithTheSource(Api admin) {
    Api translator = Users.create(admin, "translator", "se");
    Api editor = Users.create(admin, "editor");
    String title = Fixtures.uniqueKey("Kompetanse for alle");
    String id = publishedArticle(admin, title);

    try (Browser browser = Browser.open(admin.base())) {
      EditorPage keys = new EditorPage(browser);
      browser.signIn(username(translator), Users.PASSWORD);
      browser.go("/admin/translations");
      assertEquals(
          "se",
          new Select(browser.waitFor(By.cssSelector(".tq-filters select")))
              .getFirstSelectedOption()
              .getAttribute("value"),
          "a translator's queue is their granted locale");
      browser.waitFor(By.cssSelector(".tq-tile--missing")).click();
      new Select(browser.driver().findElements(By.cssSelector(".tq-filters select")).get(1))
          .selectByValue("article");
      WebElement link = row(browser, id).findElement(By.cssSelector("td.title a"));
      assertEquals(title, link.getText());
      assertEquals("nb", link.getAttribute("lang"));
      assertTrue(row(browser, id).getText().contains("mangler"), row(browser, id).getText());
      browser.screenshot("translation-queue");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "queue");

      // side by side: a copy of the source to write over
      link.click();
      browser.waitFor(By.cssSelector(".desk-start__copy")).click();
      keys.waitForFocus("[data-path=\"fields.title\"] input");
      WebElement titleInput = browser.driver().findElement(target("fields.title", "input"));
      assertEquals("se", titleInput.getAttribute("lang"));
      assertEquals(
          "nb",
          browser
              .driver()
              .findElement(By.cssSelector(".desk-row[data-row=title] .desk-source__value"))
              .getAttribute("lang"));
      titleInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Gelbbolašvuohta buohkaide");
      WebElement lead = browser.driver().findElement(target("fields.lead", "textarea"));
      assertEquals("se", lead.getAttribute("lang"));
      lead.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Oanehis álgu áššis.");
      WebElement body = browser.driver().findElement(target("fields.body", ".ProseMirror"));
      assertEquals("se", body.getAttribute("lang"));
      body.click();
      keys.shortcut("a").keys("Dábálaš teaksta ja ").shortcut("b").keys("buoiddes teaksta");
      keys.shortcut("b").keys(".");
      WebElement block =
          browser.driver().findElement(target("fields.content[0].fields.text", ".ProseMirror"));
      assertEquals("se", block.getAttribute("lang"));
      block.click();
      keys.shortcut("a").keys("Teaksta blokkas.");

      // shared fields: shown, marked, and not editable for a translator
      WebElement tags =
          browser
              .driver()
              .findElement(By.cssSelector(".desk-row--shared [data-path=\"fields.tags\"]"));
      assertTrue(
          tags.getAttribute("class").contains("field--readonly"), tags.getAttribute("class"));
      assertTrue(tags.getText().contains("Felles for alle språk"), tags.getText());
      assertEquals(
          0L,
          browser.script(
              "return document.querySelectorAll('.desk-row--shared input:not([readonly]):not([disabled]):not([type=hidden]),"
                  + " .desk-row--shared textarea:not([readonly]):not([disabled]), .desk-row--shared [contenteditable=true]').length;"));

      keys.shortcut("s");
      waitSaved(browser);
      browser.waitFor(By.cssSelector(".desk-submit")).click();
      browser.waitForText("Sendt til godkjenning.");

      JsonObject se = variant(admin, id, "se");
      JsonObject fields = se.getJsonObject("fields");
      assertEquals("in_review", se.getString("status"));
      assertEquals("nb", se.getString("sourceLocale"));
      assertEquals("Gelbbolašvuohta buohkaide", fields.getString("title"));
      assertEquals("Oanehis álgu áššis.", fields.getString("lead"));
      assertEquals(
          "<p>Dábálaš teaksta ja <strong>buoiddes teaksta</strong>.</p>", fields.getString("body"));
      JsonObject paragraph = fields.getJsonArray("content").getJsonObject(0);
      assertEquals("avsnitt1", paragraph.getString("id"));
      assertEquals("<p>Teaksta blokkas.</p>", paragraph.getJsonObject("fields").getString("text"));
      assertEquals("[\"kompetanse\"]", se.getJsonObject("shared").getJsonArray("tags").toString());

      // published in se; then an editor changes the Bokmål text
      Fixtures.transition(admin, id, "se", "approve");
      Fixtures.transition(admin, id, "se", "publish");
      Reply nb = editor.get(ITEMS + id + "/variants/nb");
      JsonObject changed =
          Json.createObjectBuilder(nb.json().getJsonObject("fields"))
              .add(
                  "body",
                  "<p>Vanlig tekst og <strong>fet tekst</strong>. Nå med en ny setning.</p>")
              .build();
      Reply saved =
          editor.put(ITEMS + id + "/variants/nb", Fixtures.fields(changed), "If-Match", nb.etag());
      assertEquals(200, saved.status(), saved.body());

      browser.go("/admin/translations?status=outdated&type=article");
      assertTrue(row(browser, id).getText().contains("utdatert"), row(browser, id).getText());
      assertTrue(row(browser, id).getText().contains("Brødtekst"), "the changed field is named");
      row(browser, id).findElement(By.cssSelector("td.title a")).click();
      WebElement added =
          browser.waitFor(By.cssSelector(".desk-row--changed[data-row=body] ins.diff"));
      assertTrue(added.getText().contains("Nå med en ny setning."), added.getText());

      // Alt+↓ goes to the change, in the translation's own editor
      press(browser, Keys.ALT, Keys.ARROW_DOWN);
      focused(browser, keys, "[data-path=\"fields.body\"] .ProseMirror[lang=se]");
      press(browser, Keys.CONTROL, Keys.END);
      keys.keys(" Dál ođđa cealkka.");
      browser.screenshot("translation-desk");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "desk");
      keys.shortcut("s");
      waitSaved(browser);
      browser.waitFor(By.cssSelector(".desk-mark-done")).click();
      browser.waitForText("Oversettelsen er merket som oppdatert med kilden.");
      JsonObject after = variant(admin, id, "se");
      assertTrue(after.getJsonObject("fields").getString("body").contains("Dál ođđa cealkka."));
      assertEquals(variant(admin, id, "nb").getInt("revision"), after.getInt("sourceRevision"));

      browser.go("/admin/translations?type=article");
      assertEquals("in_progress", row(browser, id).getAttribute("data-status"));
      Fixtures.publish(admin, id, "se");
      browser.go("/admin/translations?type=article");
      assertEquals("done", row(browser, id).getAttribute("data-status"));
      assertTrue(row(browser, id).getText().contains("oppdatert"), row(browser, id).getText());
    }
  }

  /** The exported file with only one item's {@code <file>} left in it. */
  static String onlyFile(String xliff, String id) {
    int start = xliff.indexOf("<file id=\"item-" + id + "\"");
    assertTrue(start > 0, "the export holds the item: " + xliff);
    int end = xliff.indexOf("</file>", start) + "</file>".length();
    return xliff.substring(0, xliff.indexOf("<file")) + xliff.substring(start, end) + "</xliff>";
  }

  @Test
  void xliffGoesOutAsAFileAndComesBackInAllOrNothing(Api admin) throws Exception {
    Api translator = Users.create(admin, "translator", "se");
    String title = Fixtures.uniqueKey("Ny strategi");
    String id = publishedArticle(admin, title);

    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(translator), Users.PASSWORD);
      browser.go("/admin/translations?status=missing&type=article");
      row(browser, id);
      browser.waitFor(By.cssSelector(".xliff-download")).click();
      Path file = browser.waitForDownload("translations-se.xlf");
      String xliff = Files.readString(file, StandardCharsets.UTF_8);
      assertTrue(xliff.contains("version=\"2.0\" srcLang=\"nb\" trgLang=\"se\""), xliff);
      assertTrue(xliff.contains("<source>" + title + "</source>"), xliff);
      assertTrue(xliff.contains("<unit id=\"content.avsnitt1.text:1\">"), xliff);
      browser.waitForText("translations-se.xlf er lastet ned");

      String translated =
          onlyFile(xliff, id)
              .replace(
                  "<source>" + title + "</source>",
                  "<source>" + title + "</source><target>Ođđa strategiija</target>")
              .replace(
                  "<source>En kort ingress om saken.</source>",
                  "<source>En kort ingress om saken.</source><target>Oanehis álgu.</target>");
      Path good = Files.createTempFile("translated-", ".xlf");
      Files.writeString(good, translated);
      browser.driver().findElement(By.cssSelector(".xliff-file")).sendKeys(good.toString());
      WebElement done = browser.waitFor(By.cssSelector(".xliff-result.notice--ok"));
      assertTrue(done.getText().contains("er importert"), done.getText());
      assertTrue(done.getText().contains(title), done.getText());
      assertEquals(
          "Ođđa strategiija", variant(admin, id, "se").getJsonObject("fields").getString("title"));

      String etag = admin.get(ITEMS + id).etag();
      Path broken = Files.createTempFile("broken-", ".xlf");
      Files.writeString(
          broken,
          translated
              .replace("unit id=\"title\"", "unit id=\"subtitle\"")
              .replace("unit id=\"lead\"", "unit id=\"ingress\""));
      browser.driver().findElement(By.cssSelector(".xliff-file")).sendKeys(broken.toString());
      WebElement refused = browser.waitFor(By.cssSelector(".xliff-result.notice--error"));
      assertTrue(refused.getText().contains("Ingenting er endret."), refused.getText());
      List<WebElement> places = refused.findElements(By.cssSelector(".xliff-errors li"));
      assertEquals(2, places.size(), refused.getText());
      assertTrue(
          places.get(0).getText().contains("file[0].unit[subtitle]"), places.get(0).getText());
      assertTrue(
          places.get(1).getText().contains("file[0].unit[ingress]"), places.get(1).getText());
      assertTrue(places.get(0).getText().contains(title), "the place names the item");
      assertEquals(etag, admin.get(ITEMS + id).etag(), "nothing changed");
    }
  }
}
