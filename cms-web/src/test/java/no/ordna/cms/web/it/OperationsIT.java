package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health, OpenAPI and the request log, as operations see them. */
@ExtendWith(SharedServer.class)
class OperationsIT {

  @Test
  void readinessReportsTheDatabaseUp(Api api) {
    Reply ready = api.anonymous().get("/health/ready");

    assertEquals(200, ready.status(), ready.body());
    assertEquals("UP", ready.json().getString("status"));
    assertTrue(ready.body().contains("\"database\""), ready.body());
  }

  @Test
  void livenessIsUp(Api api) {
    Reply live = api.anonymous().get("/health/live");

    assertEquals(200, live.status(), live.body());
    assertEquals("UP", live.json().getString("status"));
  }

  @Test
  void theOpenApiDocumentDescribesTheManagementEndpoints(Api api) {
    Reply openapi = api.anonymous().get("/openapi", "Accept", "application/json");

    assertEquals(200, openapi.status());
    var paths = openapi.json().getJsonObject("paths");
    for (String path :
        new String[] {
          "/api/v1/auth/token",
          "/api/v1/manage/items",
          "/api/v1/manage/items/{id}",
          "/api/v1/manage/items/{id}/variants/{locale}",
          "/api/v1/manage/locales"
        }) {
      assertTrue(paths.containsKey(path), path + " missing: " + paths.keySet());
    }
    assertTrue(
        paths.keySet().stream().anyMatch(p -> p.contains("-types")), paths.keySet().toString());
  }

  @Test
  void everyRequestIsLoggedWithMethodPathAndStatusButSecretParametersMasked(
      Api api, CmsServer server) throws InterruptedException {
    api.get("/api/v1/manage/items?limit=1&type=article&access_token=sekret-verdi");
    String line = "GET /api/v1/manage/items?limit=1&type=article&access_token=*** 200";
    // access lines are written in batches, at the latest a quarter second later
    for (int i = 0; i < 40 && !server.logText().contains(line); i++) {
      Thread.sleep(100);
    }

    String log = server.logText();
    assertTrue(log.contains(line), "request line missing");
    assertFalse(log.contains("sekret-verdi"));
  }
}
