package no.ordna.cms.web.it.browser;

import static no.ordna.cms.web.it.browser.WorkflowPanelPage.article;
import static no.ordna.cms.web.it.browser.WorkflowPanelPage.save;
import static no.ordna.cms.web.it.browser.WorkflowPanelPage.username;
import static no.ordna.cms.web.it.browser.WorkflowPanelPage.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A variant's history and the built-in preview in a real browser: revisions with who, when and
 * which is published, a word-level diff, restoring an old revision as a new draft, the audit trail
 * as a timeline, and the draft shown as readers would see it under a "not published" banner.
 */
@ExtendWith(SharedServer.class)
class WorkflowHistoryBrowserIT {

  static final String FIRST = "<p>Vi satser på kompetanse.</p><p>Andre avsnitt står.</p>";
  static final String SECOND =
      "<p>Vi satser stort på kompetanse i hele landet.</p><p>Andre avsnitt står.</p>";

  private static String path(String id) {
    return "/api/v1/manage/items/" + id + "/variants/nb/transitions";
  }

  private static void step(Api api, String id, String action, String comment) {
    var body = Json.createObjectBuilder().add("action", action).add("comment", comment).build();
    assertEquals(200, Fixtures.act(api, id, "nb", body).status(), action);
  }

  @Test
  void historyShowsTheChangesAndRestoresARevisionAsANewDraft(Api admin) {
    Api editor = Users.create(admin, "editor");
    String title = Fixtures.uniqueKey("Historikk");
    String id = article(editor, title, FIRST);
    assertEquals(
        200,
        save(editor, id, Json.createObjectBuilder().add("title", title).add("body", SECOND).build())
            .status());
    step(admin, id, "submit", "Klar for vurdering");
    step(admin, id, "approve", "Ser bra ut");
    step(admin, id, "publish", "Ut med den");

    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(editor), Users.PASSWORD).go("/admin/items/" + id + "/nb/history");
      browser.waitFor(By.cssSelector(".revision-list"));
      List<WebElement> revisions = browser.driver().findElements(By.cssSelector(".revision"));
      assertEquals(2, revisions.size());
      assertEquals("2", revisions.get(0).getAttribute("data-revision"));
      assertTrue(revisions.get(0).getText().contains("publisert"), revisions.get(0).getText());
      assertTrue(revisions.get(1).getText().contains("av " + username(editor)));

      // the chosen revision against the one before: words added and removed, paragraph by paragraph
      WebElement body =
          browser.waitFor(By.cssSelector("cms-revision-diff .diff-field[data-field=body]"));
      assertTrue(body.getText().contains("Avsnitt 1 endret"), body.getText());
      String added = body.findElement(By.cssSelector("ins.diff")).getText();
      String removed = body.findElement(By.cssSelector("del.diff")).getText();
      assertTrue(added.contains("stort"), added);
      assertTrue(removed.contains("kompetanse."), removed);
      assertEquals("nb", body.findElement(By.cssSelector(".diff-text")).getAttribute("lang"));
      assertTrue(
          browser
              .driver()
              .findElements(By.cssSelector("cms-revision-diff .diff-field[data-field=title]"))
              .isEmpty(),
          "an unchanged field is not listed");

      // the audit trail lists every step with its comment
      WebElement timeline = browser.waitFor(By.cssSelector("cms-audit-timeline .timeline"));
      for (String action : List.of("workflow.submit", "workflow.approve", "workflow.publish")) {
        assertFalse(
            timeline.findElements(By.cssSelector("[data-action='" + action + "']")).isEmpty(),
            action);
      }
      assertTrue(timeline.getText().contains("admin sendte til godkjenning"), timeline.getText());
      assertTrue(timeline.getText().contains("Klar for vurdering"));
      assertTrue(timeline.getText().contains("Fra «godkjent» til «publisert»"));
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "history");

      // restoring revision 1 makes revision 3, a draft; the published revision stays 2
      browser.driver().findElement(By.cssSelector("[data-revision='1'] .revision__button")).click();
      browser.waitFor(By.cssSelector("[data-restore='1']")).click();
      WebElement dialog = browser.waitFor(By.cssSelector("dialog"));
      assertTrue(
          dialog.getText().contains("Det lages et nytt utkast, versjon 3"), dialog.getText());
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "restore dialog");
      dialog.findElement(By.cssSelector("textarea[name=comment]")).sendKeys("Tilbake til første");
      dialog.findElement(By.cssSelector("button[type=submit]")).click();
      browser.waitUntil(d -> d.findElements(By.cssSelector(".revision")).size() == 3);
      browser.waitFor(By.cssSelector("[data-revision='3'] .revision__button[aria-pressed=true]"));
      browser.waitFor(By.cssSelector("cms-audit-timeline [data-action='revision.restore']"));
      browser.waitFor(By.cssSelector("cms-revision-diff .diff-field[data-field=body] del.diff"));
      browser.screenshot("history");
    }
    JsonObject now = variant(admin, id, "nb");
    assertEquals(3, now.getInt("revision"));
    assertEquals("draft", now.getString("status"));
    assertEquals(2, now.getJsonObject("published").getInt("revision"));
    assertEquals(FIRST, now.getJsonObject("fields").getString("body"));
  }

  @Test
  void theBuiltInPreviewShowsTheDraftAsReadersWouldUnderABanner(Api admin) {
    Api editor = Users.create(admin, "editor");
    String title = Fixtures.uniqueKey("Forhåndsvist sak");
    JsonObject fields =
        Fixtures.json(
            """
            {"title": "%s", "lead": "Ingressen som lesere ser først.",
             "body": "<p>Brødtekst med en <a href=\\"https://example.org/\\">lenke</a>.</p>",
             "content": [
               {"type": "quote", "id": "sitat", "fields": {"text": "Kompetanse er nøkkelen.",
                "person": "Kari Nordmann", "role": "Direktør"}},
               {"type": "fact-box", "id": "fakta", "fields": {"title": "Fakta",
                "body": "<ul><li>Ni konferanser</li></ul>"}}]}
            """
                .formatted(title));
    String id = Fixtures.createItem(editor, "article", "nb", fields).json().getString("id");

    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(editor), Users.PASSWORD);
      new EditorPage(browser).open(id, "nb");
      browser
          .driver()
          .findElement(By.cssSelector(".editor-aside a[href$='/preview/" + id + "/nb']"))
          .click();
      WebElement page = browser.waitFor(By.cssSelector("article.preview-page"));
      assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/preview/" + id + "/nb"));
      assertEquals(
          "Forhåndsvisning – ikke publisert",
          browser.driver().findElement(By.cssSelector(".preview-banner__title")).getText());
      assertEquals("nb", page.getAttribute("lang"));
      assertEquals(title, page.findElement(By.cssSelector("h1")).getText());
      assertEquals(
          "Ingressen som lesere ser først.",
          page.findElement(By.cssSelector(".preview-lede")).getText());
      WebElement link = page.findElement(By.cssSelector(".preview-rich a"));
      assertEquals("https://example.org/", link.getAttribute("href"));
      assertEquals("noopener noreferrer", link.getAttribute("rel"));
      WebElement quote = page.findElement(By.cssSelector(".preview-quote"));
      assertTrue(quote.getText().contains("Kompetanse er nøkkelen."));
      assertTrue(quote.getText().contains("Kari Nordmann, Direktør"), quote.getText());
      assertEquals(
          "Ni konferanser", page.findElement(By.cssSelector(".preview-factbox li")).getText());
      // the draft came from the delivery API with a preview token in a header, never in an address
      @SuppressWarnings("unchecked")
      List<String> reads =
          (List<String>)
              browser.script(
                  "return performance.getEntriesByType('resource').map(e => e.name)"
                      + ".filter(n => n.includes('/api/v1/content/'));");
      assertTrue(
          reads.stream().anyMatch(u -> u.contains("preview=true") && u.contains("include=2")),
          reads.toString());
      assertTrue(
          reads.stream().noneMatch(u -> u.toLowerCase().contains("token")), reads.toString());
      browser.screenshot("preview");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "preview");
    }
  }
}
