package no.ordna.cms.web.it.browser;

import static no.ordna.cms.web.it.browser.EditorPage.in;
import static no.ordna.cms.web.it.browser.WorkflowPanelPage.status;
import static no.ordna.cms.web.it.browser.WorkflowPanelPage.username;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The editor's whole story in the browser, end to end: an article with a text block, an image
 * uploaded from a file with its alt text in Bokmål and Northern Sámi, and a reference; saved and
 * sent for review; a publisher, in another browser, approves and publishes it; the delivery API
 * then serves it with the image's alt text in each language.
 */
@ExtendWith(SharedServer.class)
class EditorialStoryBrowserIT {

  @Test
  void anEditorsArticleGoesThroughReviewToTheDeliveryApi(Api admin) throws IOException {
    Api editorApi = Users.create(admin, "editor");
    Api publisherApi = Users.create(admin, "publisher");
    String related = Fixtures.uniqueKey("Relatert sak");
    String relatedId = ItemEditorBrowserIT.target(admin, related);
    Fixtures.publish(admin, relatedId, "nb"); // only published items are referred to in delivery
    String title = Fixtures.uniqueKey("Hele historien");
    Path png = Files.createTempFile("story-", ".png");
    Files.write(png, TestAssets.image("png", 480, 270));

    String id;
    String assetId;
    try (Browser writer = Browser.open(admin.base())) {
      writer.signIn(username(editorApi), Users.PASSWORD);
      EditorPage editor = new EditorPage(writer).openNew("article");
      editor.find(in("fields.title", "input")).sendKeys(title);
      editor.find(in("fields.lead", "textarea")).sendKeys("Ingressen.");

      editor.find(By.cssSelector(".blocks__add")).click();
      writer.waitFor(By.cssSelector("[data-block-type=paragraph]")).click();
      editor.waitForFocus("[data-path=\"fields.content[0].fields.text\"] .ProseMirror");
      editor.keys("Teksten i blokken.");
      editor.find(By.cssSelector(".blocks__add")).click();
      writer.waitFor(By.cssSelector("[data-block-type=image]")).click();
      editor
          .find(in("fields.content[1].fields.asset", "input[type=file]"))
          .sendKeys(png.toString());
      WebElement alt = writer.waitFor(in("fields.content[1].fields.asset", "[data-alt]"));
      editor.waitForFocus("[data-alt]");
      alt.sendKeys("Solnedgang over fjorden", Keys.TAB);
      ItemEditorBrowserIT.waitForAltSaved(writer, "fields.content[1].fields.asset");

      editor.find(in("fields.related", "input[role=combobox]")).sendKeys(related);
      writer.waitFor(in("fields.related", "[role=option][aria-selected=true]"));
      editor.keys(Keys.ENTER);
      writer.waitFor(in("fields.related", ".picked__title"));
      editor.save();
      id = editor.waitForItemAddress();
      assetId =
          ItemEditorBrowserIT.variant(admin, id)
              .getJsonObject("fields")
              .getJsonArray("content")
              .getJsonObject(1)
              .getJsonObject("fields")
              .getString("asset");

      // the Sámi alt text, on the picture's page in the media library
      writer.go("/admin/media/" + assetId);
      writer.waitFor(By.id("asset-text-nb-alt"));
      writer.driver().findElement(By.xpath("//details[.//code[text()='se']]/summary")).click();
      WebElement seAlt = writer.waitFor(By.id("asset-text-se-alt"));
      assertEquals("se", seAlt.getAttribute("lang"));
      seAlt.sendKeys("Beaivvaš luoitá vuona badjel");
      writer.driver().findElement(By.cssSelector(".media-texts button[type=submit]")).click();
      writer.waitForText("Tekstene er lagret");
      writer.waitUntil(
          d ->
              "Beaivvaš luoitá vuona badjel"
                  .equals(
                      admin
                          .get("/api/v1/manage/assets/" + assetId)
                          .json()
                          .getJsonObject("texts")
                          .getJsonObject("se")
                          .getString("alt", "")));

      WorkflowPanelPage author =
          new WorkflowPanelPage(writer).open(id, "nb").waitForSteps("submit");
      author.take("submit").waitForSteps();
      assertEquals("in_review", status(admin, id));
    }

    try (Browser checker = Browser.open(admin.base())) {
      checker.signIn(username(publisherApi), Users.PASSWORD);
      WorkflowPanelPage reviewer =
          new WorkflowPanelPage(checker).open(id, "nb").waitForSteps("approve", "request_changes");
      reviewer.take("approve").waitForSteps("publish", "request_changes", "schedule");
      reviewer.take("publish").waitForSteps("schedule");
    }
    assertEquals("published", status(admin, id));

    JsonObject delivered = admin.anonymous().get("/api/v1/content/article/" + id).json();
    assertEquals(title, delivered.getString("title"));
    assertEquals(relatedId, delivered.getJsonObject("fields").getJsonArray("related").getString(0));
    assertEquals(
        "Solnedgang over fjorden",
        delivered.getJsonObject("assets").getJsonObject(assetId).getString("alt"));
    JsonObject sami = admin.anonymous().get("/api/v1/content/article/" + id + "?locale=se").json();
    assertTrue(sami.getBoolean("fallback"), "no se variant: served in nb");
    assertEquals(
        "Beaivvaš luoitá vuona badjel",
        sami.getJsonObject("assets").getJsonObject(assetId).getString("alt"),
        "the picture's text in the reader's language");
  }
}
