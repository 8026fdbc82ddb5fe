package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each user's choice of the editorial app's language. */
@ExtendWith(SharedServer.class)
class PreferencesIT {

  @Test
  void aUserChoosesTheEditorialAppsLanguageAndKeepsIt(Api admin) {
    Api translator = Users.create(admin, "translator", "se");
    assertEquals(
        JsonValue.NULL,
        translator
            .get("/api/v1/manage/users/me")
            .json()
            .getJsonObject("preferences")
            .get("uiLanguage"));

    Reply chosen =
        translator.put("/api/v1/manage/users/me/preferences", json("{\"uiLanguage\": \"en\"}"));

    assertEquals(200, chosen.status(), chosen.body());
    assertEquals(
        "en",
        translator
            .get("/api/v1/manage/users/me")
            .json()
            .getJsonObject("preferences")
            .getString("uiLanguage"));
    assertEquals(
        200,
        translator
            .put("/api/v1/manage/users/me/preferences", json("{\"uiLanguage\": null}"))
            .status());
  }

  @Test
  void anUnknownLanguageOrPreferenceIsRefusedAndChangesNothing(Api admin) {
    Api editor = Users.create(admin, "editor");
    editor.put("/api/v1/manage/users/me/preferences", json("{\"uiLanguage\": \"nb\"}"));

    Reply language =
        editor.put("/api/v1/manage/users/me/preferences", json("{\"uiLanguage\": \"se\"}"));
    Reply unknown =
        editor.put("/api/v1/manage/users/me/preferences", json("{\"theme\": \"dark\"}"));

    assertEquals(400, language.status());
    assertTrue(language.body().contains("uiLanguage"), language.body());
    assertEquals(400, unknown.status());
    assertEquals(
        "nb",
        editor
            .get("/api/v1/manage/users/me")
            .json()
            .getJsonObject("preferences")
            .getString("uiLanguage"));
  }
}
