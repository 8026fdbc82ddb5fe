package no.ordna.cms.web.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Signing in and out of the editorial app, the start page, and a session that runs out. */
@ExtendWith(SharedServer.class)
class SignInBrowserIT {

  @Test
  void aWrongPasswordIsSaidPlainlyAndTheRightOneOpensTheStartPage(Api admin) {
    Api editor = Users.create(admin, "editor");
    String username = editor.get("/api/v1/manage/users/me").json().getString("username");
    try (Browser browser = Browser.open(admin.base())) {
      browser.go("/admin/");
      browser.waitFor(By.cssSelector("input[name=username]")).sendKeys(username);
      browser
          .driver()
          .findElement(By.cssSelector("input[name=password]"))
          .sendKeys("not-it-at-all");
      browser.driver().findElement(By.cssSelector("cms-signin button[type=submit]")).click();
      WebElement alert = browser.waitFor(By.cssSelector("cms-signin [role=alert]"));
      assertTrue(alert.getText().contains("Feil brukernavn eller passord"), alert.getText());
      browser.screenshot("signin");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "sign-in screen");

      browser.driver().findElement(By.cssSelector("input[name=password]")).sendKeys(Users.PASSWORD);
      browser.driver().findElement(By.cssSelector("cms-signin button[type=submit]")).click();

      WebElement heading = browser.waitFor(By.cssSelector("cms-start h1"));
      assertTrue(heading.getText().contains(username), heading.getText());
      browser.waitFor(By.cssSelector("cms-start .card"));
      browser.screenshot("start");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "start page");
    }
  }

  @Test
  void theTokenLivesInThisTabOnlyAndSigningOutRevokesIt(Api admin) {
    Api editor = Users.create(admin, "editor");
    String username = editor.get("/api/v1/manage/users/me").json().getString("username");
    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username, Users.PASSWORD);
      Map<String, String> session = browser.storage("sessionStorage");
      String stored = session.get("cms.session");
      assertTrue(stored != null && stored.contains("\"token\""), String.valueOf(session));
      String token = stored.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
      assertFalse(
          String.valueOf(browser.storage("localStorage")).contains(token), "not in localStorage");
      assertFalse(browser.driver().getCurrentUrl().contains(token), "not in the address");
      assertEquals(200, admin.as(token).get("/api/v1/manage/users/me").status());

      browser.driver().findElement(By.cssSelector(".shell__header .menu > button")).click();
      browser
          .waitFor(By.xpath("//div[@class='menu__panel']//button[contains(., 'Logg ut')]"))
          .click();

      browser.waitFor(By.cssSelector("cms-signin input[name=username]"));
      assertEquals(401, admin.as(token).get("/api/v1/manage/users/me").status(), "revoked");
      assertFalse(browser.storage("sessionStorage").containsKey("cms.session"));
    }
  }

  @Test
  void aSessionThatRunsOutAsksForThePasswordAndKeepsWhatWasTyped(Api admin) {
    Api editor = Users.create(admin, "editor");
    String username = editor.get("/api/v1/manage/users/me").json().getString("username");
    try (Browser browser = Browser.open(admin.base())) {
      browser.signIn(username, Users.PASSWORD);
      browser.go("/admin/account");
      browser
          .waitFor(By.cssSelector("cms-account input[name=currentPassword]"))
          .sendKeys(Users.PASSWORD);
      browser
          .driver()
          .findElement(By.cssSelector("cms-account input[name=newPassword]"))
          .sendKeys("a-brand-new-password-1");
      browser
          .driver()
          .findElement(By.cssSelector("cms-account input[name=repeat]"))
          .sendKeys("a-brand-new-password-1");
      // the session ends behind the page's back: every token of the user is revoked
      String stored = browser.storage("sessionStorage").get("cms.session");
      String token = stored.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
      assertEquals(204, admin.as(token).delete("/api/v1/auth/token").status());

      browser.driver().findElement(By.cssSelector("cms-account form button[type=submit]")).click();
      WebElement password = browser.waitFor(By.cssSelector("dialog input[name=password]"));
      assertEquals("", password.getAttribute("value"));
      password.sendKeys(Users.PASSWORD);
      browser.driver().findElement(By.cssSelector("dialog button[type=submit]")).click();

      browser.waitForText("Passordet er byttet");
      assertEquals(
          200,
          admin
              .anonymous()
              .as(admin.login(username, "a-brand-new-password-1"))
              .get("/api/v1/manage/users/me")
              .status());
    }
  }
}
