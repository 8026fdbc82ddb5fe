package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.TestAssets;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every management endpoint against every role, from one table: who gets through (2xx), who is
 * forbidden (403), and that no token is 401. The table must name every management endpoint the
 * OpenAPI document lists, so a new endpoint without a rule fails the build.
 */
@ExtendWith(SharedServer.class)
class AuthorizationMatrixIT {

  /** The callers tried on every endpoint. TRANSLATOR may edit se; OTHER_TRANSLATOR only smj. */
  enum Who {
    ADMIN,
    EDITOR,
    PUBLISHER,
    TRANSLATOR,
    OTHER_TRANSLATOR,
    VIEWER
  }

  private static final Set<Who> ALL = EnumSet.allOf(Who.class);
  private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);
  private static final Set<Who> EDITORS = EnumSet.of(Who.ADMIN, Who.EDITOR);
  private static final Set<Who> PUBLISHERS = EnumSet.of(Who.ADMIN, Who.PUBLISHER);
  private static final Set<Who> SE_EDITORS = EnumSet.of(Who.ADMIN, Who.EDITOR, Who.TRANSLATOR);
  private static final Set<Who> AUDIT = EnumSet.of(Who.ADMIN, Who.EDITOR, Who.PUBLISHER);
  private static final Set<Who> NOT_VIEWER = EnumSet.complementOf(EnumSet.of(Who.VIEWER));

  private record Rule(
      String method, String path, Set<Who> allowed, BiFunction<Api, Setup, Reply> call) {}

  /** Objects each call works on, made fresh by the administrator so calls do not interfere. */
  private static final class Setup {
    final Api admin;
    final String type;

    Setup(Api admin, String type) {
      this.admin = admin;
      this.type = type;
    }

    String item() {
      Reply created = createItem(admin, type, "nb", json("{\"title\": \"Matrise\"}"));
      String id = created.json().getString("id");
      admin.put(
          "/api/v1/manage/items/" + id + "/variants/se",
          fields(json("{\"title\": \"Matriisa\"}")),
          "If-Match",
          created.etag());
      return id;
    }

    String etag(String id) {
      return admin.get("/api/v1/manage/items/" + id).etag();
    }

    String trashed() {
      String id = item();
      admin.delete("/api/v1/manage/items/" + id, "If-Match", etag(id));
      return id;
    }

    String asset() {
      return TestAssets.uploadImage(admin, "Matrise");
    }

    /** A new, disabled webhook (it gets no deliveries). */
    String webhook() {
      Reply reply =
          admin.post(
              "/api/v1/manage/webhooks",
              json(
                  "{\"url\": \""
                      + SharedServer.purges().url("/matrix-hook")
                      + "\", \"events\": [\"content.published\"], \"enabled\": false}"));
      return reply.json().getString("id");
    }

    private String[] delivered;

    /** A webhook and one of its deliveries, delivered (made once). */
    String[] delivery() {
      if (delivered == null) {
        String hook =
            admin
                .post(
                    "/api/v1/manage/webhooks",
                    json(
                        "{\"url\": \""
                            + SharedServer.purges().url("/matrix-delivered")
                            + "\", \"events\": [\"content.published\"], \"contentTypes\": [\""
                            + type
                            + "\"]}"))
                .json()
                .getString("id");
        String id =
            createItem(admin, type, "nb", json("{\"title\": \"Levert\"}")).json().getString("id");
        Fixtures.publish(admin, id, "nb");
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (delivered == null) {
          var items =
              admin
                  .get("/api/v1/manage/webhooks/" + hook + "/deliveries?state=delivered")
                  .json()
                  .getJsonArray("items");
          if (!items.isEmpty()) {
            delivered = new String[] {hook, items.getJsonObject(0).getString("id")};
          } else if (System.nanoTime() > deadline) {
            throw new AssertionError("the matrix's webhook delivery was not delivered");
          } else {
            try {
              Thread.sleep(100);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new AssertionError(e);
            }
          }
        }
      }
      return delivered;
    }

    String otherUser() {
      return Users.create(admin, "matrix", List.of("viewer"), List.of(), List.of())
          .get("/api/v1/manage/users/me")
          .json()
          .getString("id");
    }
  }

  private static List<Rule> rules() {
    String v = "/api/v1/manage/items/{id}/variants/{locale}";
    List<Rule> rules = new ArrayList<>();
    rules.add(
        new Rule(
            "DELETE", "/api/v1/auth/token", ALL, (api, s) -> api.delete("/api/v1/auth/token")));
    rules.add(
        new Rule(
            "GET", "/api/v1/manage/locales", ALL, (api, s) -> api.get("/api/v1/manage/locales")));
    rules.add(
        new Rule(
            "PUT",
            "/api/v1/manage/locales",
            ADMIN,
            (api, s) -> {
              Reply current = s.admin.get("/api/v1/manage/locales");
              return api.put("/api/v1/manage/locales", current.json(), "If-Match", current.etag());
            }));
    for (String kind : List.of("content", "block")) {
      String base = "/api/v1/manage/" + kind + "-types";
      rules.add(
          new Rule("GET", base, ALL, (api, s) -> api.get("/api/v1/manage/" + kind + "-types")));
      rules.add(
          new Rule(
              "POST",
              base,
              ADMIN,
              (api, s) ->
                  api.post(
                      "/api/v1/manage/" + kind + "-types",
                      definition(kind, Fixtures.uniqueKey("matrix")))));
      rules.add(
          new Rule(
              "GET",
              base + "/{key}",
              ALL,
              (api, s) ->
                  api.get(
                      "/api/v1/manage/"
                          + kind
                          + "-types/"
                          + (kind.equals("content") ? "article" : "quote"))));
      rules.add(
          new Rule(
              "GET",
              base + "/{key}/versions",
              ALL,
              (api, s) ->
                  api.get(
                      "/api/v1/manage/"
                          + kind
                          + "-types/"
                          + (kind.equals("content") ? "article" : "quote")
                          + "/versions")));
      rules.add(
          new Rule(
              "PUT",
              base + "/{key}",
              ADMIN,
              (api, s) -> {
                String key = Fixtures.uniqueKey("matrix");
                s.admin.post("/api/v1/manage/" + kind + "-types", definition(kind, key));
                String path = "/api/v1/manage/" + kind + "-types/" + key;
                return api.put(path, definition(kind, key), "If-Match", s.admin.get(path).etag());
              }));
      rules.add(
          new Rule(
              "DELETE",
              base + "/{key}",
              ADMIN,
              (api, s) -> {
                String key = Fixtures.uniqueKey("matrix");
                s.admin.post("/api/v1/manage/" + kind + "-types", definition(kind, key));
                String path = "/api/v1/manage/" + kind + "-types/" + key;
                return api.delete(path, "If-Match", s.admin.get(path).etag());
              }));
    }
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/items",
            ALL,
            (api, s) -> api.get("/api/v1/manage/items?limit=1")));
    rules.add(
        new Rule(
            "POST",
            "/api/v1/manage/items",
            EDITORS,
            (api, s) ->
                api.post(
                    "/api/v1/manage/items",
                    Json.createObjectBuilder()
                        .add("type", s.type)
                        .add("locale", "nb")
                        .add("fields", json("{\"title\": \"Ny\"}"))
                        .build())));
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/items/{id}",
            ALL,
            (api, s) -> api.get("/api/v1/manage/items/" + s.item())));
    rules.add(
        new Rule(
            "DELETE",
            "/api/v1/manage/items/{id}",
            EDITORS,
            (api, s) -> {
              String id = s.item();
              return api.delete("/api/v1/manage/items/" + id, "If-Match", s.etag(id));
            }));
    rules.add(
        new Rule(
            "GET",
            v,
            ALL,
            (api, s) -> api.get("/api/v1/manage/items/" + s.item() + "/variants/se")));
    rules.add(
        new Rule(
            "PUT",
            v,
            SE_EDITORS,
            (api, s) -> {
              String id = s.item();
              return api.put(
                  "/api/v1/manage/items/" + id + "/variants/se",
                  fields(json("{\"title\": \"Ođđa\"}")),
                  "If-Match",
                  s.etag(id));
            }));
    rules.add(
        new Rule(
            "GET",
            v + "/transitions",
            ALL,
            (api, s) -> api.get("/api/v1/manage/items/" + s.item() + "/variants/se/transitions")));
    rules.add(
        new Rule(
            "POST",
            v + "/transitions",
            PUBLISHERS,
            (api, s) ->
                api.post(
                    "/api/v1/manage/items/" + s.item() + "/variants/se/transitions",
                    json("{\"action\": \"publish\"}"),
                    "If-Match",
                    s.admin.get("/api/v1/manage/items/" + s.item()).etag())));
    rules.add(
        new Rule(
            "GET",
            v + "/revisions",
            ALL,
            (api, s) -> api.get("/api/v1/manage/items/" + s.item() + "/variants/se/revisions")));
    rules.add(
        new Rule(
            "GET",
            v + "/revisions/{number}",
            ALL,
            (api, s) -> api.get("/api/v1/manage/items/" + s.item() + "/variants/se/revisions/1")));
    rules.add(
        new Rule(
            "GET",
            v + "/revisions/diff",
            ALL,
            (api, s) ->
                api.get(
                    "/api/v1/manage/items/"
                        + s.item()
                        + "/variants/se/revisions/diff?from=1&to=1")));
    rules.add(
        new Rule(
            "POST",
            v + "/revisions/{number}/restore",
            SE_EDITORS,
            (api, s) -> {
              String id = s.item();
              return api.post(
                  "/api/v1/manage/items/" + id + "/variants/se/revisions/1/restore",
                  json("{}"),
                  "If-Match",
                  s.etag(id));
            }));
    rules.add(
        new Rule(
            "GET",
            v + "/lock",
            ALL,
            (api, s) -> {
              String id = s.item();
              s.admin.post("/api/v1/manage/items/" + id + "/variants/se/lock", json("{}"));
              return api.get("/api/v1/manage/items/" + id + "/variants/se/lock");
            }));
    rules.add(
        new Rule(
            "POST",
            v + "/lock",
            SE_EDITORS,
            (api, s) ->
                api.post("/api/v1/manage/items/" + s.item() + "/variants/se/lock", json("{}"))));
    rules.add(
        new Rule(
            "DELETE",
            v + "/lock",
            ALL,
            (api, s) -> api.delete("/api/v1/manage/items/" + s.item() + "/variants/se/lock")));
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/translations",
            ALL,
            (api, s) -> api.get("/api/v1/manage/translations?locale=se&limit=1")));
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/translations/counts",
            ALL,
            (api, s) -> api.get("/api/v1/manage/translations/counts?locale=se")));
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/translations/{itemId}/{locale}",
            ALL,
            (api, s) -> api.get("/api/v1/manage/translations/" + s.item() + "/se")));
    rules.add(
        new Rule(
            "POST",
            "/api/v1/manage/translations/{itemId}/{locale}/mark-up-to-date",
            SE_EDITORS,
            (api, s) ->
                api.post(
                    "/api/v1/manage/translations/" + s.item() + "/se/mark-up-to-date",
                    json("{}"))));
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/translations/export",
            ALL,
            (api, s) -> api.get("/api/v1/manage/translations/export?locale=se&type=" + s.type)));
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/translations/tmx",
            ALL,
            (api, s) ->
                api.get("/api/v1/manage/translations/tmx?source=nb&target=se&type=" + s.type)));
    rules.add(
        new Rule(
            "POST",
            "/api/v1/manage/translations/import",
            SE_EDITORS,
            (api, s) -> {
              String id = s.item();
              String xliff =
                  s.admin
                      .get(
                          "/api/v1/manage/translations/export?locale=se&status=in_progress&type="
                              + s.type)
                      .body()
                      .replace("<target>Matriisa</target>", "<target>Matriisa ođđa</target>");
              return api.send(
                  "POST",
                  "/api/v1/manage/translations/import",
                  xliff.contains(id) ? xliff : xliff,
                  "Content-Type",
                  "application/xliff+xml");
            }));
    rules.add(
        new Rule(
            "POST",
            "/api/v1/manage/preview-tokens",
            NOT_VIEWER,
            (api, s) -> api.post("/api/v1/manage/preview-tokens", json("{}"))));
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/audit",
            AUDIT,
            (api, s) -> api.get("/api/v1/manage/audit?limit=1")));
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/trash",
            ALL,
            (api, s) -> api.get("/api/v1/manage/trash?limit=1")));
    rules.add(
        new Rule(
            "POST",
            "/api/v1/manage/trash/{id}/restore",
            EDITORS,
            (api, s) -> api.post("/api/v1/manage/trash/" + s.trashed() + "/restore", json("{}"))));
    rules.add(
        new Rule(
            "DELETE",
            "/api/v1/manage/trash/{id}",
            ADMIN,
            (api, s) -> api.delete("/api/v1/manage/trash/" + s.trashed())));
    rules.add(
        new Rule(
            "GET", "/api/v1/manage/users", ADMIN, (api, s) -> api.get("/api/v1/manage/users")));
    rules.add(
        new Rule(
            "POST",
            "/api/v1/manage/users",
            ADMIN,
            (api, s) ->
                api.post(
                    "/api/v1/manage/users",
                    Json.createObjectBuilder()
                        .add("username", Fixtures.uniqueKey("ny"))
                        .add("password", Users.PASSWORD)
                        .add("roles", Json.createArrayBuilder().add("viewer"))
                        .build())));
    rules.add(
        new Rule(
            "GET", "/api/v1/manage/users/me", ALL, (api, s) -> api.get("/api/v1/manage/users/me")));
    rules.add(
        new Rule(
            "PUT",
            "/api/v1/manage/users/me/preferences",
            ALL,
            (api, s) ->
                api.put("/api/v1/manage/users/me/preferences", json("{\"uiLanguage\": \"en\"}"))));
    rules.add(
        new Rule(
            "PUT",
            "/api/v1/manage/users/me/password",
            ALL,
            (api, s) ->
                api.put(
                    "/api/v1/manage/users/me/password",
                    json(
                        "{\"currentPassword\": \""
                            + passwordOf(api, s)
                            + "\", \"newPassword\": \""
                            + passwordOf(api, s)
                            + "\"}"))));
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/users/{id}",
            ADMIN,
            (api, s) -> api.get("/api/v1/manage/users/" + s.otherUser())));
    rules.add(
        new Rule(
            "PATCH",
            "/api/v1/manage/users/{id}",
            ADMIN,
            (api, s) -> {
              String user = "/api/v1/manage/users/" + s.otherUser();
              return api.send(
                  "PATCH", user, "{\"locales\": [\"se\"]}", "If-Match", s.admin.get(user).etag());
            }));
    rules.add(
        new Rule(
            "POST",
            "/api/v1/manage/users/{id}/password",
            ADMIN,
            (api, s) -> {
              String user = "/api/v1/manage/users/" + s.otherUser();
              return api.post(user + "/password", json("{}"), "If-Match", s.admin.get(user).etag());
            }));
    rules.add(
        new Rule(
            "GET", "/api/v1/manage/tokens", ALL, (api, s) -> api.get("/api/v1/manage/tokens")));
    rules.add(
        new Rule(
            "DELETE",
            "/api/v1/manage/tokens/{id}",
            ALL,
            (api, s) -> {
              Reply me = api.get("/api/v1/manage/users/me");
              if (me.status() != 200) {
                return api.delete("/api/v1/manage/tokens/00000000-0000-4000-8000-000000000000");
              }
              String spare = api.login(me.json().getString("username"), passwordOf(api, s));
              String id =
                  api.as(spare)
                      .get("/api/v1/manage/tokens")
                      .json()
                      .getJsonArray("items")
                      .getJsonObject(0)
                      .getString("id");
              return api.as(spare).delete("/api/v1/manage/tokens/" + id);
            }));
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/machine-tokens",
            ADMIN,
            (api, s) -> api.get("/api/v1/manage/machine-tokens")));
    rules.add(
        new Rule(
            "POST",
            "/api/v1/manage/machine-tokens",
            ADMIN,
            (api, s) ->
                api.post(
                    "/api/v1/manage/machine-tokens",
                    json("{\"name\": \"matrise\", \"scopes\": [\"manage:read\"]}"))));
    rules.add(
        new Rule(
            "POST",
            "/api/v1/manage/assets",
            EDITORS,
            (api, s) ->
                TestAssets.upload(api, TestAssets.image("png", 20, 20), "image/png", null)));
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/assets",
            ALL,
            (api, s) -> api.get("/api/v1/manage/assets?limit=1")));
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/assets/limits",
            ALL,
            (api, s) -> api.get("/api/v1/manage/assets/limits")));
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/assets/{id}",
            ALL,
            (api, s) -> api.get("/api/v1/manage/assets/" + s.asset())));
    rules.add(
        new Rule(
            "GET",
            "/api/v1/manage/assets/{id}/usage",
            ALL,
            (api, s) -> api.get("/api/v1/manage/assets/" + s.asset() + "/usage")));
    rules.add(
        new Rule(
            "PUT",
            "/api/v1/manage/assets/{id}",
            SE_EDITORS,
            (api, s) -> {
              String id = s.asset();
              return api.put(
                  "/api/v1/manage/assets/" + id,
                  json("{\"texts\": {\"se\": {\"alt\": \"Govva\"}}}"),
                  "If-Match",
                  s.admin.get("/api/v1/manage/assets/" + id).etag());
            }));
    rules.add(
        new Rule(
            "DELETE",
            "/api/v1/manage/assets/{id}",
            EDITORS,
            (api, s) -> {
              String id = s.asset();
              return api.delete(
                  "/api/v1/manage/assets/" + id,
                  "If-Match",
                  s.admin.get("/api/v1/manage/assets/" + id).etag());
            }));
    String hooks = "/api/v1/manage/webhooks";
    rules.add(new Rule("GET", hooks, ADMIN, (api, s) -> api.get(hooks)));
    rules.add(
        new Rule(
            "POST",
            hooks,
            ADMIN,
            (api, s) ->
                api.post(
                    hooks,
                    json(
                        "{\"url\": \""
                            + SharedServer.purges().url("/matrix-hook")
                            + "\", \"events\": [\"content.published\"], \"enabled\": false}"))));
    rules.add(
        new Rule("GET", hooks + "/{id}", ADMIN, (api, s) -> api.get(hooks + "/" + s.webhook())));
    rules.add(
        new Rule(
            "PUT",
            hooks + "/{id}",
            ADMIN,
            (api, s) ->
                api.put(
                    hooks + "/" + s.webhook(),
                    json(
                        "{\"url\": \""
                            + SharedServer.purges().url("/matrix-hook")
                            + "\", \"events\": [\"content.unpublished\"], \"enabled\": false}"),
                    "If-Match",
                    s.admin.get(hooks + "/" + s.webhook()).etag())));
    rules.add(
        new Rule(
            "DELETE",
            hooks + "/{id}",
            ADMIN,
            (api, s) ->
                api.delete(
                    hooks + "/" + s.webhook(),
                    "If-Match",
                    s.admin.get(hooks + "/" + s.webhook()).etag())));
    rules.add(
        new Rule(
            "POST",
            hooks + "/{id}/secret",
            ADMIN,
            (api, s) -> api.post(hooks + "/" + s.webhook() + "/secret", json("{}"))));
    rules.add(
        new Rule(
            "GET",
            hooks + "/{id}/deliveries",
            ADMIN,
            (api, s) -> api.get(hooks + "/" + s.webhook() + "/deliveries")));
    rules.add(
        new Rule(
            "POST",
            hooks + "/{id}/deliveries/replay",
            ADMIN,
            (api, s) -> api.post(hooks + "/" + s.webhook() + "/deliveries/replay", json("{}"))));
    rules.add(
        new Rule(
            "GET",
            hooks + "/{id}/deliveries/{deliveryId}",
            ADMIN,
            (api, s) -> {
              String[] d = s.delivery();
              return api.get(hooks + "/" + d[0] + "/deliveries/" + d[1]);
            }));
    rules.add(
        new Rule(
            "POST",
            hooks + "/{id}/deliveries/{deliveryId}/replay",
            ADMIN,
            (api, s) -> {
              String[] d = s.delivery();
              return api.post(hooks + "/" + d[0] + "/deliveries/" + d[1] + "/replay", json("{}"));
            }));
    return rules;
  }

  private static String passwordOf(Api api, Setup setup) {
    return Users.PASSWORD;
  }

  private static JsonObject definition(String kind, String key) {
    return kind.equals("content")
        ? Fixtures.eventType(key)
        : json(
            "{\"key\": \""
                + key
                + "\", \"name\": {\"nb\": \"Blokk\"}, \"fields\": [{\"key\": \"text\", \"type\": \"text\"}]}");
  }

  @Test
  void everyManagementEndpointHasARuleInTheTable(Api admin) {
    JsonObject paths =
        admin
            .anonymous()
            .get("/openapi", "Accept", "application/json")
            .json()
            .getJsonObject("paths");
    Set<String> documented = new TreeSet<>();
    paths.forEach(
        (path, operations) -> {
          if (path.startsWith("/api/v1/manage") || path.equals("/api/v1/auth/token")) {
            operations.asJsonObject().keySet().stream()
                .filter(m -> List.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(
                    m ->
                        documented.add(
                            m.toUpperCase() + " " + path.replaceAll("\\{(\\w+):[^}]*}", "{$1}")));
          }
        });
    documented.remove("POST /api/v1/auth/token");
    Set<String> ruled = new TreeSet<>();
    rules().forEach(r -> ruled.add(r.method() + " " + r.path()));
    Set<String> missing = new TreeSet<>(documented);
    missing.removeAll(ruled);

    assertTrue(
        missing.isEmpty(), "endpoints without a rule in the authorization matrix: " + missing);
    assertTrue(documented.size() > 40, "documented: " + documented.size());
  }

  @Test
  void everyRoleGetsExactlyWhatTheTableSays(Api admin) {
    String type = createEventType(admin);
    Setup setup = new Setup(admin, type);
    Map<Who, Api> callers = new EnumMap<>(Who.class);
    // a second administrator: the bootstrap one's sessions must survive these calls
    callers.put(Who.ADMIN, Users.create(admin, "m-admin", List.of("admin"), List.of(), List.of()));
    callers.put(
        Who.EDITOR, Users.create(admin, "m-editor", List.of("editor"), List.of(), List.of()));
    callers.put(
        Who.PUBLISHER,
        Users.create(admin, "m-publisher", List.of("publisher"), List.of(), List.of()));
    callers.put(
        Who.TRANSLATOR,
        Users.create(admin, "m-translator", List.of("translator"), List.of("se"), List.of()));
    callers.put(
        Who.OTHER_TRANSLATOR,
        Users.create(admin, "m-other", List.of("translator"), List.of("smj"), List.of()));
    callers.put(
        Who.VIEWER, Users.create(admin, "m-viewer", List.of("viewer"), List.of(), List.of()));
    String secondAdmin =
        callers.get(Who.ADMIN).get("/api/v1/manage/users/me").json().getString("id");
    List<String> wrong = new ArrayList<>();
    try {
      check(admin, setup, callers, wrong);
    } finally {
      // the shared server keeps one enabled administrator only, as other tests expect
      Reply disabled = Users.change(admin, secondAdmin, "{\"disabled\": true}");
      assertEquals(200, disabled.status(), disabled.body());
    }
    assertEquals(List.of(), wrong);
  }

  private static void check(Api admin, Setup setup, Map<Who, Api> callers, List<String> wrong) {
    for (Rule rule : rules()) {
      for (Who who : Who.values()) {
        Api caller =
            rule.path().equals("/api/v1/auth/token")
                ? fresh(callers.get(who), admin)
                : callers.get(who);
        int status = rule.call().apply(caller, setup).status();
        boolean ok = rule.allowed().contains(who) ? status >= 200 && status < 300 : status == 403;
        if (!ok) {
          wrong.add(rule.method() + " " + rule.path() + " as " + who + ": " + status);
        }
      }
      int anonymous = rule.call().apply(admin.as("no-such-token"), setup).status();
      if (anonymous != 401) {
        wrong.add(rule.method() + " " + rule.path() + " without a valid token: " + anonymous);
      }
    }
  }

  /** A new session of the same user, so revoking calls do not end the one the next row needs. */
  private static Api fresh(Api user, Api admin) {
    String username = user.get("/api/v1/manage/users/me").json().getString("username");
    return admin.as(admin.login(username, Users.PASSWORD));
  }
}
