package no.ordna.cms.web.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The item editor as tests drive it: fields by their API path, keys sent to whatever has the focus
 * (as a person at a keyboard does), Tab until a control has the focus, saving, and the values of
 * the form.
 */
final class EditorPage {

  private final Browser browser;

  EditorPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens the form for a new item of a type and waits for it. */
  EditorPage openNew(String type) {
    browser.go("/admin/content/" + type + "/new");
    browser.waitFor(field("fields.title"));
    return this;
  }

  /** Opens a variant and waits until its form is there. */
  EditorPage open(String id, String locale) {
    browser.go("/admin/items/" + id + "/" + locale);
    browser.waitFor(field("fields.title"));
    return this;
  }

  /** The field of an API path, e.g. {@code fields.content[1].fields.asset}. */
  static By field(String path) {
    return By.cssSelector("cms-variant-form [data-path=\"" + path + "\"]");
  }

  static By in(String path, String css) {
    return By.cssSelector("cms-variant-form [data-path=\"" + path + "\"] " + css);
  }

  WebElement find(By by) {
    return browser.driver().findElement(by);
  }

  List<WebElement> all(By by) {
    return browser.driver().findElements(by);
  }

  /** Keys to the element that has the focus. */
  EditorPage keys(CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
    return this;
  }

  /** A shortcut such as Ctrl+B to the element that has the focus. */
  EditorPage shortcut(String key) {
    new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(key).keyUp(Keys.CONTROL).perform();
    return this;
  }

  boolean focused(String css) {
    return Boolean.TRUE.equals(
        browser.script(
            "return !!document.activeElement && document.activeElement.matches(arguments[0]);",
            css));
  }

  String focusedDescription() {
    return String.valueOf(
        browser.script(
            "const e = document.activeElement; return e ? e.outerHTML.slice(0, 160) : 'none';"));
  }

  /** Presses Tab (or Shift+Tab) until the focused element matches the CSS selector. */
  EditorPage tabTo(String css, boolean backwards) {
    for (int i = 0; i < 120; i++) {
      if (focused(css)) {
        return this;
      }
      if (backwards) {
        keys(Keys.chord(Keys.SHIFT, Keys.TAB));
      } else {
        keys(Keys.TAB);
      }
    }
    throw new AssertionError(
        "Tab never reached " + css + "; the focus is on " + focusedDescription());
  }

  EditorPage tabTo(String css) {
    return tabTo(css, false);
  }

  /** Waits until the focused element matches the CSS selector. */
  EditorPage waitForFocus(String css) {
    browser.waitUntil(d -> focused(css));
    return this;
  }

  /** Clicks the first save button and waits until everything is saved. */
  EditorPage save() {
    find(By.cssSelector(".save-bar .button--primary")).click();
    return waitSaved();
  }

  EditorPage waitSaved() {
    browser.waitUntil(
        d ->
            d.findElements(By.cssSelector(".save-bar__status")).stream()
                .anyMatch(e -> e.getText().contains("Alt er lagret")));
    return this;
  }

  /** Waits until the address names a saved item, and returns its id. */
  String waitForItemAddress() {
    browser.waitUntil(d -> d.getCurrentUrl().matches(".*/admin/items/[0-9a-f-]{36}/[a-z]+$"));
    waitSaved();
    return browser.driver().getCurrentUrl().replaceAll(".*/admin/items/([0-9a-f-]{36})/.*", "$1");
  }

  /** Scrolls an element into the middle of the window (for screenshots). */
  void show(By by) {
    browser.script("arguments[0].scrollIntoView({block: 'center'});", find(by));
  }

  void top() {
    browser.script("window.scrollTo(0, 0);");
  }
}
