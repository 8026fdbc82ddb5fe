package no.ordna.cms.web.it.browser;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * A content type's list: pages, each row's state per locale (an outdated translation among them),
 * filters by locale, status and translation state, title search, and an address that keeps them.
 */
@ExtendWith(SharedServer.class)
class ContentListBrowserIT {

  private static final By ROWS = By.cssSelector("cms-content-table tbody tr");
  private static final String ITEMS = "/api/v1/manage/items/";

  private static String item(Api api, String type, String title) {
    return createItem(api, type, "nb", json("{\"title\": \"" + title + "\"}"))
        .json()
        .getString("id");
  }

  private static void save(Api api, String id, String locale, String title) {
    Reply reply =
        api.put(
            ITEMS + id + "/variants/" + locale,
            fields(json("{\"title\": \"" + title + "\"}")),
            "If-Match",
            api.get(ITEMS + id).etag());
    assertTrue(reply.status() == 200 || reply.status() == 201, reply.body());
  }

  private static String username(Api user) {
    return user.get("/api/v1/manage/users/me").json().getString("username");
  }

  private static List<String> titles(Browser browser) {
    return browser.driver().findElements(By.cssSelector("a.content-table__link")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static void waitForRows(Browser browser, int count) {
    browser.waitUntil(
        d ->
            d.findElements(ROWS).size() == count
                && d.findElements(By.cssSelector("cms-content-table [aria-busy=true]")).isEmpty());
  }

  private static Select filter(Browser browser, int index) {
    return new Select(
        browser.driver().findElements(By.cssSelector("cms-content-filters select")).get(index));
  }

  private static void click(Browser browser, String buttonText) {
    browser
        .waitFor(By.xpath("//button[normalize-space(.)=" + Browser.xpathLiteral(buttonText) + "]"))
        .click();
  }

  @Test
  void filtersSearchAndPagesLiveInTheAddressAndARowShowsEachLocalesState(Api admin) {
    String type = createEventType(admin);
    for (int i = 1; i <= 27; i++) {
      item(admin, type, String.format("Samling %02d", i));
    }
    String outdated = item(admin, type, "Strategien forklart");
    save(admin, outdated, "se", "Strategiija čilgejuvvon");
    save(admin, outdated, "nb", "Strategien forklart på nytt");
    String published = item(admin, type, "Konferansen i Tromsø");
    save(admin, published, "se", "Konferánsa Romssas");
    transition(admin, published, "se", "publish");
    Api editor = Users.create(admin, "editor");

    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(editor), Users.PASSWORD);
      browser.go("/admin/content/" + type);
      waitForRows(browser, 25);
      assertTrue(
          browser.driver().findElement(By.cssSelector("cms-content-table table caption")) != null);
      assertEquals(
          3,
          browser
              .driver()
              .findElements(By.cssSelector("cms-content-table thead th[scope=col]"))
              .size());

      // the row of the outdated translation: se outdated, smj missing
      WebElement row =
          browser.waitFor(By.xpath("//tr[.//a[contains(., 'Strategien forklart på nytt')]]"));
      WebElement seChip =
          row.findElement(By.xpath(".//span[contains(@class,'locale-chip')][.//span[@lang='se']]"));
      assertTrue(seChip.getAttribute("class").contains("locale-chip--outdated"), seChip.getText());
      assertTrue(seChip.getText().contains("utdatert"), seChip.getText());
      WebElement smjChip =
          row.findElement(
              By.xpath(".//span[contains(@class,'locale-chip')][.//span[@lang='smj']]"));
      assertTrue(smjChip.getText().contains("mangler"), smjChip.getText());
      browser.screenshot("content-list");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "content list");

      // paging: 29 items, 25 a page
      click(browser, "Neste side");
      waitForRows(browser, 4);
      assertTrue(browser.driver().getCurrentUrl().contains("cursor="));
      click(browser, "Forrige side");
      waitForRows(browser, 25);

      // translation state of se
      filter(browser, 0).selectByValue("se");
      waitForRows(browser, 2);
      filter(browser, 2).selectByValue("outdated");
      waitForRows(browser, 1);
      assertEquals(List.of("Strategiija čilgejuvvon"), titles(browser));
      assertEquals(
          "se",
          browser
              .driver()
              .findElement(By.cssSelector("a.content-table__link"))
              .getAttribute("lang"));
      assertTrue(browser.driver().getCurrentUrl().contains("locale=se"));
      assertTrue(browser.driver().getCurrentUrl().contains("translation=outdated"));
      browser.driver().navigate().refresh();
      waitForRows(browser, 1);
      assertEquals(List.of("Strategiija čilgejuvvon"), titles(browser), "kept after a reload");
      assertEquals("outdated", filter(browser, 2).getFirstSelectedOption().getAttribute("value"));

      // status in se
      filter(browser, 2).selectByValue("");
      filter(browser, 1).selectByValue("published");
      waitForRows(browser, 1);
      assertEquals(List.of("Konferánsa Romssas"), titles(browser));

      // missing in se: everything else, over two pages
      filter(browser, 1).selectByValue("");
      filter(browser, 2).selectByValue("missing");
      waitForRows(browser, 25);

      // search by title, from anywhere with "/"
      click(browser, "Nullstill filtre");
      waitForRows(browser, 25);
      browser.driver().findElement(By.tagName("h1")).click();
      new Actions(browser.driver()).sendKeys("/").perform();
      WebElement search = browser.driver().switchTo().activeElement();
      assertEquals("search", search.getAttribute("type"), "/ focuses the search box");
      search.sendKeys("samling 1", Keys.ENTER);
      waitForRows(browser, 10);
      assertTrue(browser.driver().getCurrentUrl().contains("q=samling"));
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "content list, filtered");
    }
  }

  @Test
  void onlyThoseWhoMayCreateSeeTheNewButton(Api admin) {
    String type = createEventType(admin);
    item(admin, type, "Noe å vise");
    Api translator = Users.create(admin, "translator", "se");
    Api editor = Users.create(admin, "editor");
    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(translator), Users.PASSWORD);
      browser.go("/admin/content/" + type);
      waitForRows(browser, 1);
      assertTrue(
          browser.driver().findElements(By.cssSelector(".page-header a.button--primary")).isEmpty(),
          "a translator creates no items");
    }
    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(editor), Users.PASSWORD);
      browser.go("/admin/content/" + type);
      waitForRows(browser, 1);
      WebElement create = browser.waitFor(By.cssSelector(".page-header a.button--primary"));
      assertTrue(create.getAttribute("href").endsWith("/admin/content/" + type + "/new"));
    }
  }
}
