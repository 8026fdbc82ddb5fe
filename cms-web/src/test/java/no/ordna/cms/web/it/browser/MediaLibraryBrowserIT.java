package no.ordna.cms.web.it.browser;

import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.TestAssets;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The media library and an asset's page: uploads through the file input with thumbnails and the
 * server's refusals, texts per locale and the focal point saved through the API, where an asset is
 * used, delete protection, and what a translator may change.
 */
@ExtendWith(SharedServer.class)
class MediaLibraryBrowserIT {

  @Test
  void uploadedImagesAppearFirstWithThumbnailsAndARefusalSaysWhy(Api admin) throws IOException {
    Api editor = Users.create(admin, "editor");
    String tag = Fixtures.uniqueKey("opplasting");
    Path dir = Files.createTempDirectory("media-it");
    Path png = Files.write(dir.resolve(tag + "-fjord.png"), TestAssets.image("png", 640, 360));
    Path jpeg = Files.write(dir.resolve(tag + "-rein.jpg"), TestAssets.image("jpg", 400, 300));
    Path text =
        Files.writeString(dir.resolve(tag + "-notat.pdf"), "bare tekst", StandardCharsets.UTF_8);
    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(editor), Users.PASSWORD).go("/admin/media");
      browser.waitFor(By.cssSelector("cms-media-library h1"));
      WebElement input = browser.driver().findElement(By.cssSelector("input[type=file]"));
      input.sendKeys(png + "\n" + jpeg);

      browser.waitUntil(d -> d.findElements(By.cssSelector(".media-upload--done")).size() == 2);
      for (Path file : List.of(png, jpeg)) {
        String name = file.getFileName().toString();
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(thumbnailLoaded(), name)));
      }
      List<String> firstCards =
          browser.driver().findElements(By.cssSelector(".media-card__name")).stream()
              .limit(2)
              .map(WebElement::getText)
              .toList();
      assertTrue(firstCards.contains(png.getFileName().toString()), firstCards.toString());
      assertTrue(firstCards.contains(jpeg.getFileName().toString()), firstCards.toString());
      JsonObject listed = editor.get("/api/v1/manage/assets?q=" + tag).json();
      assertEquals(2, listed.getJsonArray("items").size(), listed.toString());

      input.sendKeys(text.toString());
      WebElement refused = browser.waitFor(By.cssSelector(".media-upload--refused"));
      String reason = refused.findElement(By.cssSelector(".media-upload__reason")).getText();
      assertTrue(reason.contains("Filtypen godtas ikke") && reason.contains("text/plain"), reason);
      assertTrue(reason.contains("PDF") && reason.contains("PNG"), reason);
      browser.screenshot("media-library");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "media library");
    }
  }

  @Test
  void altTextsPerLocaleAndAFocalPointSetWithTheKeyboardAreSaved(Api admin) {
    Api editor = Users.create(admin, "editor");
    String id = upload(editor, Fixtures.uniqueKey("fokus") + ".png");
    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(editor), Users.PASSWORD).go("/admin/media/" + id);
      WebElement stage = browser.waitFor(By.cssSelector(".focal__stage img"));
      stage = browser.driver().findElement(By.cssSelector(".focal__stage"));
      for (int i = 0; i < 5; i++) {
        stage.sendKeys(Keys.ARROW_RIGHT);
      }
      stage.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_UP));
      browser.driver().findElement(By.cssSelector(".focal__controls .button--primary")).click();
      browser.waitForText("Fokuspunktet er lagret");
      JsonObject focal =
          editor.get("/api/v1/manage/assets/" + id).json().getJsonObject("focalPoint");
      assertEquals(0.55, focal.getJsonNumber("x").doubleValue(), 0.001, focal.toString());
      assertEquals(0.4, focal.getJsonNumber("y").doubleValue(), 0.001, focal.toString());

      browser.waitFor(By.id("asset-text-nb-alt")).sendKeys("Fjorden i kveldslys");
      browser.driver().findElement(By.xpath("//details[.//code[text()='se']]/summary")).click();
      WebElement sami = browser.waitFor(By.id("asset-text-se-alt"));
      assertEquals("se", sami.getAttribute("lang"));
      sami.sendKeys("Vuotna eahketčuovggas");
      browser.driver().findElement(By.cssSelector(".media-texts button[type=submit]")).click();
      browser.waitForText("Tekstene er lagret");

      JsonObject texts = editor.get("/api/v1/manage/assets/" + id).json().getJsonObject("texts");
      assertEquals("Fjorden i kveldslys", texts.getJsonObject("nb").getString("alt"));
      assertEquals("Vuotna eahketčuovggas", texts.getJsonObject("se").getString("alt"));
      browser.script("window.scrollTo(0, 0)");
      browser.screenshot("media-asset");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "asset page");
    }
  }

  @Test
  void anAssetInPublishedUseListsItsPagesAndIsDeletedOnlyWhenAskedTwice(Api admin) {
    Api editor = Users.create(admin, "editor");
    String type = imageType(admin);
    String id = TestAssets.uploadImage(admin, "Brukt bilde");
    String title = Fixtures.uniqueKey("Side med bilde");
    String item =
        createItem(
                admin,
                type,
                "nb",
                json("{\"title\": \"" + title + "\", \"image\": \"" + id + "\"}"))
            .json()
            .getString("id");
    transition(admin, item, "nb", "publish");
    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(editor), Users.PASSWORD).go("/admin/media/" + id);
      WebElement used =
          browser.waitFor(
              By.xpath("//section[@aria-labelledby='asset-usage']//a[text()='" + title + "']"));
      assertTrue(
          used.getAttribute("href").endsWith("/admin/items/" + item + "/nb"),
          used.getAttribute("href"));

      browser.driver().findElement(By.cssSelector(".page-header__actions .button--danger")).click();
      browser.waitFor(By.cssSelector("dialog .button--danger")).click();
      WebElement inUse =
          browser.waitFor(By.xpath("//dialog[.//h2[contains(., 'Filen er i bruk')]]"));
      assertTrue(inUse.getText().contains(title), inUse.getText());
      assertTrue(inUse.getText().contains("forsvinner"), inUse.getText());
      assertEquals(200, editor.get("/api/v1/manage/assets/" + id).status(), "not deleted yet");
      inUse.findElement(By.xpath(".//button[contains(., 'Slett likevel')]")).click();

      browser.waitFor(By.cssSelector("cms-media-library h1"));
      browser.waitForText("er slettet");
      assertEquals(404, editor.get("/api/v1/manage/assets/" + id).status());
    }
  }

  @Test
  void aTranslatorChangesOnlyTheTextsOfItsOwnLocales(Api admin) {
    Api translator = Users.create(admin, "translator", "se");
    String id = TestAssets.uploadImage(admin, "Bare lesing for oversettere");
    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username(translator), Users.PASSWORD).go("/admin/media/" + id);
      WebElement sami = browser.waitFor(By.id("asset-text-se-alt"));
      assertEquals(0, browser.driver().findElements(By.id("asset-text-nb-alt")).size());
      browser.waitForText("Bare lesing for oversettere");
      assertEquals(
          0, browser.driver().findElements(By.cssSelector(".page-header__actions")).size());
      assertEquals(0, browser.driver().findElements(By.cssSelector(".focal__controls")).size());
      assertEquals(
          0, browser.driver().findElements(By.cssSelector(".focal__stage[tabindex]")).size());

      sami.sendKeys("Dušše lohkat");
      browser.driver().findElement(By.cssSelector(".media-texts button[type=submit]")).click();
      browser.waitForText("Tekstene er lagret");
      JsonObject texts = admin.get("/api/v1/manage/assets/" + id).json().getJsonObject("texts");
      assertEquals("Dušše lohkat", texts.getJsonObject("se").getString("alt"));
    }
  }

  private static String username(Api api) {
    return api.get("/api/v1/manage/users/me").json().getString("username");
  }

  private static String upload(Api api, String fileName) {
    Reply reply =
        TestAssets.upload(
            api, TestAssets.image("png", 800, 450), "image/png", "fileName=" + fileName);
    assertEquals(201, reply.status(), reply.toString());
    return reply.json().getString("id");
  }

  /** Script: has the card of this file name a thumbnail that has loaded? */
  private static String thumbnailLoaded() {
    return "const card = [...document.querySelectorAll('.media-card')]"
        + ".find(c => c.querySelector('.media-card__name').textContent === arguments[0]);"
        + " const img = card && card.querySelector('cms-asset-thumb img');"
        + " return Boolean(img && img.complete && img.naturalWidth > 0);";
  }

  private static String imageType(Api api) {
    String key = Fixtures.uniqueKey("mediebruk");
    Reply reply =
        api.post(
            "/api/v1/manage/content-types",
            json(
                """
                {"key": "%s", "name": {"nb": "Bildeside"}, "titleField": "title",
                 "fields": [
                   {"key": "title", "type": "text", "required": true},
                   {"key": "image", "type": "asset", "localized": false}
                 ]}
                """
                    .formatted(key)));
    assertEquals(201, reply.status(), reply.toString());
    return key;
  }
}
