package no.ordna.cms.web.it.browser;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The administration screens: content types with fields and blocks, a change that migrates stored
 * content, locales with a fallback chain, users, machine tokens, the trash.
 */
@ExtendWith(SharedServer.class)
class AdministrationBrowserIT {

  private static String username(Api user) {
    return user.get("/api/v1/manage/users/me").json().getString("username");
  }

  private static Browser signedInAdmin(Api admin) {
    Api administrator = Users.create(admin, "admin");
    Browser browser = Browser.open(admin.base());
    browser.signIn(username(administrator), Users.PASSWORD);
    return browser;
  }

  private static WebElement button(Browser browser, String scope, String text) {
    return browser.waitFor(
        By.xpath(
            scope + "//button[contains(normalize-space(.), " + Browser.xpathLiteral(text) + ")]"));
  }

  /** Clicks after scrolling the element to the middle (the type editor's save bar sticks below). */
  private static void click(Browser browser, WebElement element) {
    browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  private static void assertAccessible(Browser browser, String screen) {
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), screen);
  }

  private static WebElement lastFieldRow(Browser browser) {
    List<WebElement> rows = browser.driver().findElements(By.cssSelector(".field-row"));
    return rows.get(rows.size() - 1);
  }

  /** Adds a field and types its key (the new field's key input has the focus). */
  private static WebElement addField(Browser browser, String key) {
    int before = browser.driver().findElements(By.cssSelector(".field-row")).size();
    click(browser, button(browser, "", "Legg til felt"));
    browser.waitUntil(d -> d.findElements(By.cssSelector(".field-row")).size() == before + 1);
    WebElement row = lastFieldRow(browser);
    WebElement input = row.findElement(By.cssSelector("cms-field-editor input[id$='-key']"));
    browser.waitUntil(d -> input.equals(d.switchTo().activeElement()));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), key);
    return row;
  }

  @Test
  void aContentTypeWithFieldsAndBlocksIsCreatedAndListedInTheNavigation(Api admin) {
    String key = Fixtures.uniqueKey("seminar");
    String name = "Seminar " + key.substring(key.length() - 4);
    try (Browser browser = signedInAdmin(admin)) {
      browser.go("/admin/settings/types");
      browser.waitFor(By.cssSelector("cms-type-list table tbody tr"));
      browser.screenshot("types");
      assertAccessible(browser, "types");

      browser.waitFor(By.cssSelector("cms-type-list a.button--primary")).click();
      browser.waitFor(By.id("type-key")).sendKeys(key);
      browser.driver().findElement(By.id("type-name-nb")).sendKeys(name);
      browser.driver().findElement(By.id("type-name-se")).sendKeys("Seminára");
      addField(browser, "title");
      WebElement venue = addField(browser, "venue");
      click(browser, venue.findElement(By.cssSelector("input[id$='-localized']")));
      WebElement content = addField(browser, "content");
      WebElement fieldType = content.findElement(By.cssSelector("select[id$='-type']"));
      browser.script("arguments[0].scrollIntoView({block: 'center'})", fieldType);
      new Select(fieldType).selectByValue("blocks");
      WebElement blocks = lastFieldRow(browser);
      click(browser, blocks.findElement(By.cssSelector("input[id$='-allowedBlocks-paragraph']")));
      click(browser, blocks.findElement(By.cssSelector("input[id$='-allowedBlocks-quote']")));
      new Select(browser.driver().findElement(By.id("type-titleField"))).selectByValue("title");
      browser.screenshot("type-editor");
      assertAccessible(browser, "type editor");

      button(browser, "//div[@class='type-editor__bar']", "Opprett typen").click();
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/admin/settings/types/" + key));
      browser.waitFor(
          By.xpath(
              "//nav[contains(@class,'shell__nav')]//a[contains(., "
                  + Browser.xpathLiteral(name)
                  + ")]"));
      browser.waitFor(By.cssSelector("cms-type-history li"));

      JsonObject type = admin.get("/api/v1/manage/content-types/" + key).json();
      assertEquals("title", type.getString("titleField"));
      assertEquals("Seminára", type.getJsonObject("name").getString("se"));
      JsonObject contentField = type.getJsonArray("fields").getJsonObject(2);
      assertEquals("blocks", contentField.getString("type"));
      assertEquals(
          List.of("paragraph", "quote"),
          contentField
              .getJsonArray("allowedBlocks")
              .getValuesAs(jakarta.json.JsonString.class)
              .stream()
              .map(jakarta.json.JsonString::getString)
              .toList());
      assertFalse(type.getJsonArray("fields").getJsonObject(1).getBoolean("localized"));
    }
  }

  @Test
  void aRequiredFieldThatFillsStoredContentIsSavedOnlyAfterConsent(Api admin) {
    String type = createEventType(admin);
    String id =
        createItem(admin, type, "nb", json("{\"title\": \"Med publikum\"}")).json().getString("id");
    try (Browser browser = signedInAdmin(admin)) {
      browser.go("/admin/settings/types/" + type);
      browser.waitFor(By.cssSelector("cms-field-list .field-row"));
      WebElement audience = addField(browser, "audience");
      click(browser, audience.findElement(By.cssSelector("input[id$='-localized']")));
      click(browser, audience.findElement(By.cssSelector("input[id$='-required']")));
      audience.findElement(By.cssSelector("input[id$='-default']")).sendKeys("alle", Keys.TAB);
      button(browser, "//div[@class='type-editor__bar']", "Lagre").click();

      WebElement dialog = browser.waitFor(By.cssSelector("dialog[open]"));
      assertTrue(dialog.getText().contains("«audience»"), dialog.getText());
      assertTrue(dialog.getText().contains("1 oppføring"), dialog.getText());
      assertAccessible(browser, "migration dialog");
      assertEquals(
          1, admin.get("/api/v1/manage/content-types/" + type).json().getInt("version"), "not yet");
      button(browser, "//dialog", "Lagre og endre innholdet").click();

      browser.waitForText("Typen er lagret");
      browser.waitForText("Feltet «audience» ble lagt til");
      assertEquals(2, admin.get("/api/v1/manage/content-types/" + type).json().getInt("version"));
      assertEquals(
          "alle",
          admin
              .get("/api/v1/manage/items/" + id)
              .json()
              .getJsonObject("shared")
              .getString("audience"));
    }
  }

  @Test
  void aLocaleIsAddedWithAFallbackChainAndALocaleWithContentIsNotRemoved(Api admin) {
    JsonObject before = admin.get("/api/v1/manage/locales").json();
    try (Browser browser = signedInAdmin(admin)) {
      browser.go("/admin/settings/locales");
      browser.waitFor(By.cssSelector("cms-locale-settings tbody tr"));
      assertAccessible(browser, "locales");
      button(browser, "//cms-locale-settings", "Legg til språk").click();
      browser.waitFor(By.id("locale-code")).sendKeys("sms");
      new Select(browser.driver().findElement(By.cssSelector("dialog cms-locale-chain select")))
          .selectByValue("se");
      button(browser, "//dialog", "Legg til").click();
      browser.waitUntil(
          d -> d.findElements(By.cssSelector("dialog .locale-chain__step")).size() == 2);
      // se first: move it up with the keyboard
      browser.driver().findElements(By.cssSelector("dialog [data-move='up']")).get(1).click();
      assertAccessible(browser, "add locale dialog");
      button(browser, "//dialog", "Legg til språk").click();

      WebElement row =
          browser.waitFor(By.xpath("//cms-locale-settings//tr[td[normalize-space(.)='sms']]"));
      assertTrue(row.getText().toLowerCase().contains("skoltesamisk"), row.getText());
      JsonObject sms =
          admin.get("/api/v1/manage/locales").json().getJsonArray("items").stream()
              .map(JsonValue::asJsonObject)
              .filter(i -> i.getString("code").equals("sms"))
              .findFirst()
              .orElseThrow();
      assertEquals(
          List.of("se", "nb"),
          sms.getJsonArray("fallback").getValuesAs(jakarta.json.JsonString.class).stream()
              .map(jakarta.json.JsonString::getString)
              .toList());
      browser.screenshot("locales");

      // nn holds content: the server refuses, and says why
      createItem(admin, createEventType(admin), "nn", json("{\"title\": \"Nynorsk\"}"));
      browser
          .driver()
          .findElement(
              By.xpath(
                  "//cms-locale-settings//tr[td[normalize-space(.)='nn']]//button[contains(., 'Fjern')]"))
          .click();
      button(browser, "//dialog", "Fjern").click();
      WebElement refusal = browser.waitFor(By.cssSelector(".locales__refusal"));
      assertTrue(refusal.getText().contains("'nn'"), refusal.getText());
      assertAccessible(browser, "locales, refused");
    } finally {
      var items = Json.createArrayBuilder();
      before.getJsonArray("items").stream()
          .map(JsonValue::asJsonObject)
          .forEach(
              i ->
                  items.add(
                      Json.createObjectBuilder()
                          .add("code", i.getString("code"))
                          .add("fallback", i.getJsonArray("fallback"))));
      Reply restored =
          admin.put(
              "/api/v1/manage/locales",
              Json.createObjectBuilder()
                  .add("default", before.getString("default"))
                  .add("items", items)
                  .build(),
              "If-Match",
              "*");
      assertEquals(200, restored.status(), restored.body());
    }
  }

  @Test
  void aTranslatorLimitedToNorthernSamiIsCreated(Api admin) {
    String name = Fixtures.uniqueKey("oversetter");
    try (Browser browser = signedInAdmin(admin)) {
      browser.go("/admin/settings/users");
      browser.waitFor(By.cssSelector("cms-user-list tbody tr"));
      assertAccessible(browser, "users");
      button(browser, "//cms-user-list", "Ny bruker").click();
      browser.waitFor(By.id("user-username")).sendKeys(name);
      browser.driver().findElement(By.id("user-password")).sendKeys(Users.PASSWORD);
      browser.driver().findElement(By.id("user-roles-editor")).click();
      browser.driver().findElement(By.id("user-roles-translator")).click();
      browser.driver().findElement(By.id("user-locales-se")).click();
      assertAccessible(browser, "new user dialog");
      button(browser, "//dialog", "Opprett brukeren").click();
      browser.waitFor(
          By.xpath("//cms-user-list//tr[th[contains(., " + Browser.xpathLiteral(name) + ")]]"));
      browser.screenshot("users");

      JsonObject user =
          admin.get("/api/v1/manage/users").json().getJsonArray("items").stream()
              .map(JsonValue::asJsonObject)
              .filter(u -> u.getString("username").equals(name))
              .findFirst()
              .orElseThrow();
      assertEquals("[\"translator\"]", user.getJsonArray("roles").toString());
      assertEquals("[\"se\"]", user.getJsonArray("locales").toString());
      assertEquals(
          200,
          admin
              .anonymous()
              .as(admin.login(name, Users.PASSWORD))
              .get("/api/v1/manage/users/me")
              .status());
    }
  }

  @Test
  void aMachineTokenIsShownOnceAndWorks(Api admin) {
    String name = Fixtures.uniqueKey("nettstedet");
    try (Browser browser = signedInAdmin(admin)) {
      browser.go("/admin/settings/tokens");
      browser.waitFor(By.id("token-name")).sendKeys(name);
      browser.driver().findElement(By.id("token-scope-manage-read")).click();
      assertAccessible(browser, "tokens");
      button(browser, "//cms-machine-tokens", "Lag nøkkelen").click();

      WebElement secret = browser.waitFor(By.id("secret-value"));
      String token = secret.getAttribute("value");
      assertTrue(token.length() >= 32, token);
      assertTrue(
          browser.driver().findElement(By.id("secret-warning")).getText().contains("bare nå"));
      assertEquals(
          200, admin.as(token).get("/api/v1/manage/items?limit=1").status(), "manage:read");
      browser.screenshot("tokens");
      assertAccessible(browser, "token shown once");
      button(browser, "//dialog", "Jeg har tatt vare på det").click();
      browser.waitUntil(d -> d.findElements(By.id("secret-value")).isEmpty());
      browser.waitFor(
          By.xpath(
              "//cms-machine-tokens//tr[th[normalize-space(.)="
                  + Browser.xpathLiteral(name)
                  + "]]"));
      assertFalse(browser.driver().getPageSource().contains(token), "never shown again");
    }
  }

  @Test
  void anEditorRestoresFromTheTrashAndSeesNoOtherAdministration(Api admin) {
    String type = createEventType(admin);
    String title = "Angret " + Fixtures.uniqueKey("sak");
    String id =
        createItem(admin, type, "nb", json("{\"title\": \"" + title + "\"}"))
            .json()
            .getString("id");
    Reply deleted =
        admin.delete(
            "/api/v1/manage/items/" + id,
            "If-Match",
            admin.get("/api/v1/manage/items/" + id).etag());
    assertEquals(204, deleted.status(), deleted.body());
    Api editor = Users.create(admin, "editor");
    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(editor), Users.PASSWORD);
      List<String> nav =
          browser.driver().findElements(By.cssSelector(".shell__nav a")).stream()
              .map(WebElement::getText)
              .toList();
      assertTrue(nav.contains("Papirkurv"), nav.toString());
      assertFalse(nav.contains("Brukere"), nav.toString());
      browser.go("/admin/trash");
      WebElement row =
          browser.waitFor(
              By.xpath("//cms-trash//tr[th[contains(., " + Browser.xpathLiteral(title) + ")]]"));
      assertTrue(
          row.findElements(By.xpath(".//button[contains(., 'Slett for godt')]")).isEmpty(),
          "administrators only");
      browser.screenshot("trash");
      assertAccessible(browser, "trash");
      row.findElement(By.xpath(".//button[contains(., 'Gjenopprett')]")).click();
      browser.waitForText("er gjenopprettet");
      assertEquals(200, admin.get("/api/v1/manage/items/" + id).status());
    }
  }
}
