package no.ordna.cms.web.it.browser;

import static no.ordna.cms.web.it.browser.WorkflowPanelPage.article;
import static no.ordna.cms.web.it.browser.WorkflowPanelPage.status;
import static no.ordna.cms.web.it.browser.WorkflowPanelPage.username;
import static no.ordna.cms.web.it.browser.WorkflowPanelPage.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Ports;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.TestAssets;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The editorial workflow in real browsers: an article goes from an editor through a publisher (each
 * in their own window, each offered only their own steps) to the delivery API; a publish is
 * scheduled in Oslo time; a publish refused for a missing alt text says which image and leads to
 * it; a type with a front-end preview URL opens it with a preview token.
 */
@ExtendWith(SharedServer.class)
class WorkflowBrowserIT {

  @Test
  void anArticleGoesFromTheEditorThroughReviewToTheSite(Api admin) {
    Api editor = Users.create(admin, "editor");
    Api publisher = Users.create(admin, "publisher");
    String title = Fixtures.uniqueKey("Nyhet til vurdering");
    String id = article(editor, title, "<p>Utkast til en nyhet.</p>");
    String comment = "Ingressen må bli kortere.";

    try (Browser writer = Browser.open(admin.base());
        Browser checker = Browser.open(admin.base())) {
      writer.signIn(username(editor), Users.PASSWORD);
      WorkflowPanelPage author =
          new WorkflowPanelPage(writer).open(id, "nb").waitForSteps("submit");
      author.take("submit").waitForSteps();
      assertEquals("in_review", status(admin, id));

      checker.signIn(username(publisher), Users.PASSWORD);
      WorkflowPanelPage reviewer =
          new WorkflowPanelPage(checker).open(id, "nb").waitForSteps("approve", "request_changes");
      assertTrue(reviewer.panel().getText().contains("Sendt til godkjenning av"), "who submitted");
      checker.script(
          "document.querySelector('cms-workflow-panel').scrollIntoView({block: 'end'});");
      checker.screenshot("workflow");
      assertEquals(List.of(), checker.seriousAccessibilityViolations(), "workflow panel");

      // changes need a comment: without one the dialog says so
      reviewer.take("request_changes");
      checker.waitFor(By.cssSelector("dialog textarea[name=comment]"));
      checker.driver().findElement(By.cssSelector("dialog button[type=submit]")).click();
      WebElement error = checker.waitFor(By.cssSelector("dialog .error-text"));
      assertEquals("Skriv hva som må endres.", error.getText());
      assertEquals(
          "true",
          checker
              .driver()
              .findElement(By.cssSelector("dialog textarea"))
              .getAttribute("aria-invalid"));
      assertEquals(List.of(), checker.seriousAccessibilityViolations(), "comment dialog");
      checker.driver().findElement(By.cssSelector("dialog textarea")).sendKeys(comment);
      checker.driver().findElement(By.cssSelector("dialog button[type=submit]")).click();
      reviewer.waitForSteps();
      assertEquals("changes_requested", status(admin, id));

      // the author sees why, and submits again
      author.open(id, "nb").waitForSteps("submit");
      WebElement last = writer.waitFor(By.cssSelector("cms-workflow-panel .workflow__last"));
      assertTrue(
          last.getText().contains("Endringer ønsket av " + username(publisher)), last.getText());
      assertEquals(comment, last.findElement(By.cssSelector("blockquote")).getText());
      // an unsaved change is saved first, on the author's word
      writer
          .driver()
          .findElement(EditorPage.in("fields.lead", "textarea"))
          .sendKeys(" Nå kortere.");
      author.take("submit");
      WebElement ask = writer.waitFor(By.cssSelector("dialog"));
      assertTrue(ask.getText().contains("Lagre endringene først?"), ask.getText());
      ask.findElement(By.cssSelector(".button--primary")).click();
      author.waitForSteps();
      assertEquals(
          "En kort ingress. Nå kortere.",
          variant(admin, id, "nb").getJsonObject("fields").getString("lead"));
      assertEquals("in_review", status(admin, id));

      reviewer.open(id, "nb").waitForSteps("approve", "request_changes");
      reviewer.take("approve").waitForSteps("publish", "request_changes", "schedule");
      reviewer.take("publish").waitForSteps("schedule");
      checker.waitForText("Publisert versjon 2");
    }
    assertEquals("published", status(admin, id));
    assertEquals(
        title, admin.anonymous().get("/api/v1/content/article/" + id).json().getString("title"));
  }

  @Test
  void aPublishIsScheduledInOsloTimeAndStoredInUtc(Api admin) {
    Api publisher = Users.create(admin, "publisher");
    String type = Fixtures.createEventType(admin); // no review: scheduling is open from draft
    String id =
        Fixtures.createItem(admin, type, "nb", Fixtures.json("{\"title\": \"Planlagt sak\"}"))
            .json()
            .getString("id");

    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(publisher), Users.PASSWORD);
      WorkflowPanelPage panel =
          new WorkflowPanelPage(browser).open(id, "nb").waitForSteps("publish", "schedule");
      panel.take("schedule");
      WebElement date = browser.waitFor(By.cssSelector("dialog input[name=publishDate]"));
      WebElement time =
          browser.driver().findElement(By.cssSelector("dialog input[name=publishTime]"));
      assertTrue(
          browser.driver().findElement(By.cssSelector("dialog")).getText().contains("Europe/Oslo"));

      // a time that has passed: the server's refusal beside the field
      typeDate(browser, date, 2020, 1, 1);
      browser.driver().findElement(By.cssSelector("dialog button[type=submit]")).click();
      WebElement error = browser.waitFor(By.cssSelector("dialog .schedule-when .error-text"));
      assertEquals("Tidspunktet har vært. Velg et tidspunkt fram i tid.", error.getText());
      assertEquals("true", date.getAttribute("aria-invalid"));

      // 1 December 2030 09:30 in Oslo is 08:30 UTC (winter time)
      date.clear();
      typeDate(browser, date, 2030, 12, 1);
      time.clear();
      typeTime(browser, time, 9, 30);
      assertEquals("2030-12-01", date.getAttribute("value"));
      assertEquals("09:30", time.getAttribute("value"));
      browser.driver().findElement(By.cssSelector("dialog button[type=submit]")).click();
      browser.waitUntil(d -> d.findElements(By.cssSelector("dialog")).isEmpty());
      WebElement schedule =
          browser.waitFor(By.cssSelector("cms-workflow-panel .workflow__schedule"));
      assertTrue(
          schedule.getText().contains("Publiseres 1. des. 2030 kl. 09:30"), schedule.getText());
      JsonObject stored = variant(admin, id, "nb").getJsonObject("schedule");
      assertEquals("2030-12-01T08:30:00Z", stored.getString("publishAt"));
      assertEquals("draft", status(admin, id));

      panel.take("cancel_schedule");
      browser.waitUntil(
          d -> d.findElements(By.cssSelector("cms-workflow-panel .workflow__schedule")).isEmpty());
      assertTrue(variant(admin, id, "nb").isNull("schedule"));
    }
  }

  /** Types a date as a person would, in the order of the browser's own date format. */
  @SuppressWarnings("unchecked")
  static void typeDate(Browser browser, WebElement input, int year, int month, int day) {
    List<String> order =
        (List<String>)
            browser.script(
                "return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2030,"
                    + " 11, 1)).filter(p => p.type !== 'literal').map(p => p.type);");
    StringBuilder keys = new StringBuilder();
    for (String part : order) {
      keys.append(
          switch (part) {
            case "day" -> "%02d".formatted(day);
            case "month" -> "%02d".formatted(month);
            default -> Integer.toString(year);
          });
    }
    input.sendKeys(keys);
  }

  /**
   * Types a morning time as a person would, with AM where the browser's format has a 12-hour clock.
   */
  static void typeTime(Browser browser, WebElement input, int hour, int minute) {
    Object cycle =
        browser.script(
            "return new Intl.DateTimeFormat(navigator.language, {hour: 'numeric'})"
                + ".resolvedOptions().hourCycle;");
    boolean twelve = "h11".equals(cycle) || "h12".equals(cycle);
    input.sendKeys("%02d%02d%s".formatted(hour, minute, twelve ? "AM" : ""));
  }

  @Test
  void aPublishRefusedForAMissingAltTextSaysWhichImageAndLeadsToIt(Api admin) {
    Api publisher = Users.create(admin, "publisher");
    String asset =
        TestAssets.upload(
                admin, TestAssets.image("png", 320, 200), "image/png", "fileName=uten-alt.png")
            .json()
            .getString("id");
    JsonObject fields =
        Fixtures.json(
            """
            {"title": "%s", "content": [
              {"type": "image", "id": "bilde1", "fields": {"asset": "%s"}}]}
            """
                .formatted(Fixtures.uniqueKey("Bilde uten tekst"), asset));
    String id = Fixtures.createItem(admin, "article", "nb", fields).json().getString("id");
    Fixtures.transition(admin, id, "nb", "submit");
    Fixtures.transition(admin, id, "nb", "approve");

    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(publisher), Users.PASSWORD);
      new WorkflowPanelPage(browser).open(id, "nb").take("publish");
      WebElement problem = browser.waitFor(By.cssSelector("cms-workflow-panel .workflow__problem"));
      assertTrue(
          problem.getText().contains("Kan ikke publiseres: alternativ tekst mangler"),
          problem.getText());
      assertTrue(problem.getText().contains("Ett bilde mangler alternativ tekst på norsk bokmål"));
      WebElement link = problem.findElement(By.cssSelector("a[data-path]"));
      assertEquals("fields.content[0].fields.asset", link.getAttribute("data-path"));
      assertEquals("Innholdsblokker, blokk 1 (Bilde)", link.getText());
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "refusal");
      link.click();
      browser.waitUntil(
          d ->
              Boolean.TRUE.equals(
                  browser.script("return document.activeElement.matches('[data-alt]');")));
    }
    assertEquals("approved", status(admin, id));
  }

  @Test
  void aTypeWithAPreviewUrlOpensTheFrontEndWithAPreviewToken(Api admin) {
    Api editor = Users.create(admin, "editor");
    String front =
        "http://127.0.0.1:" + Ports.free(); // nothing listens there: the page is not loaded
    String type = Fixtures.uniqueKey("forhands");
    JsonObject definition =
        Json.createObjectBuilder(Fixtures.eventType(type))
            .add("previewUrl", front + "/forhandsvis/{type}/{slug}?locale={locale}&token={token}")
            .build();
    assertEquals(201, admin.post("/api/v1/manage/content-types", definition).status());
    String id =
        Fixtures.createItem(editor, type, "nb", Fixtures.json("{\"title\": \"Sak på nettstedet\"}"))
            .json()
            .getString("id");

    String url;
    String sessionToken;
    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(editor), Users.PASSWORD);
      new EditorPage(browser).open(id, "nb");
      sessionToken = browser.storage("sessionStorage").get("cms.session");
      String editorWindow = browser.driver().getWindowHandle();
      browser
          .driver()
          .findElement(By.cssSelector(".editor-aside a[href$='/preview/" + id + "/nb']"))
          .click();
      browser.waitUntil(d -> d.getWindowHandles().size() == 2);
      List<String> handles = new ArrayList<>(browser.driver().getWindowHandles());
      handles.remove(editorWindow);
      browser.driver().switchTo().window(handles.get(0));
      browser.waitUntil(d -> d.getCurrentUrl().startsWith(front));
      url = browser.driver().getCurrentUrl();
      browser.driver().switchTo().window(editorWindow);
      assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/items/" + id + "/nb"));
    }

    String prefix = front + "/forhandsvis/" + type + "/sak-pa-nettstedet?locale=nb&token=";
    assertTrue(url.startsWith(prefix), url);
    String token = URI.create(url).getQuery().replaceAll(".*token=", "");
    assertFalse(token.isEmpty());
    assertFalse(sessionToken.contains(token), "not the editor's own token");
    Api preview = admin.as(token);
    assertEquals(
        "Sak på nettstedet",
        preview
            .get("/api/v1/content/" + type + "/" + id + "?preview=true")
            .json()
            .getString("title"));
    assertEquals(401, preview.get("/api/v1/manage/items").status(), "a preview token only");
    assertNotEquals(200, preview.get("/api/v1/content/article?preview=true").status(), "one type");
  }
}
