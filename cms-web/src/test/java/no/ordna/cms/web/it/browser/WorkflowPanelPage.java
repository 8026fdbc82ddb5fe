package no.ordna.cms.web.it.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The workflow panel beside the item editor as tests drive it: which steps it offers as buttons
 * (those under "More choices" apart), taking one, and what the API then says of the variant.
 */
final class WorkflowPanelPage {

  static final By PANEL = By.cssSelector("cms-workflow-panel section.workflow");

  private final Browser browser;

  WorkflowPanelPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens the editor of a variant and waits for its panel to know the steps. */
  WorkflowPanelPage open(String id, String locale) {
    new EditorPage(browser).open(id, locale);
    browser.waitFor(PANEL);
    browser.waitUntil(
        d ->
            !d.findElements(By.cssSelector("cms-workflow-panel .workflow__states")).isEmpty()
                && d.findElements(By.cssSelector("cms-workflow-panel .spinner")).isEmpty());
    return this;
  }

  /** The steps offered as buttons, in their order. */
  @SuppressWarnings("unchecked")
  List<String> steps() {
    return (List<String>)
        browser.script(
            "return [...document.querySelectorAll('cms-workflow-panel"
                + " .workflow__actions[role=group] [data-action]')].map(b => b.dataset.action);");
  }

  /** Waits until exactly these steps are offered. */
  WorkflowPanelPage waitForSteps(String... expected) {
    List<String> wanted = List.of(expected);
    browser.waitUntil(d -> wanted.equals(steps()) && !busy());
    return this;
  }

  private boolean busy() {
    return !browser.driver().findElements(By.cssSelector("cms-workflow-panel .spinner")).isEmpty();
  }

  /** Takes a step by its button. */
  WorkflowPanelPage take(String action) {
    WebElement button =
        browser.waitFor(By.cssSelector("cms-workflow-panel [data-action=" + action + "]"));
    button.click();
    return this;
  }

  WebElement panel() {
    return browser.driver().findElement(PANEL);
  }

  static String username(Api user) {
    return user.get("/api/v1/manage/users/me").json().getString("username");
  }

  static JsonObject variant(Api api, String id, String locale) {
    return api.get("/api/v1/manage/items/" + id + "/variants/" + locale).json();
  }

  static String status(Api api, String id) {
    return variant(api, id, "nb").getString("status");
  }

  /** An nb article with a title, lead and body, made through the API; its id. */
  static String article(Api api, String title, String body) {
    JsonObject fields =
        Json.createObjectBuilder()
            .add("title", title)
            .add("lead", "En kort ingress.")
            .add("body", body)
            .build();
    return Fixtures.createItem(api, "article", "nb", fields).json().getString("id");
  }

  /** Saves new localized values of the nb variant through the API (If-Match from a fresh read). */
  static Reply save(Api api, String id, JsonObject fields) {
    String etag = variant(api, id, "nb").getString("etag");
    return api.put(
        "/api/v1/manage/items/" + id + "/variants/nb", Fixtures.fields(fields), "If-Match", etag);
  }
}
