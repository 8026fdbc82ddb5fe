package no.ordna.cms.web.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/** Test users with chosen rights, created through the users API. */
public final class Users {

  public static final String PASSWORD = "a-long-test-password";

  private Users() {}

  /** Creates a user and returns a client signed in as it. */
  public static Api create(
      Api admin, String base, List<String> roles, List<String> locales, List<String> types) {
    String username = Fixtures.uniqueKey(base);
    Reply reply =
        admin.post(
            "/api/v1/manage/users",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", PASSWORD)
                .add("roles", array(roles))
                .add("locales", array(locales))
                .add("contentTypes", array(types))
                .build());
    if (reply.status() != 201) {
      throw new AssertionError("could not create user: " + reply);
    }
    return admin.as(admin.login(username, PASSWORD));
  }

  public static Api create(Api admin, String role, String... locales) {
    return create(admin, role, List.of(role), List.of(locales), List.of());
  }

  private static JsonArrayBuilder array(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  /**
   * An administrator's change of a user ({@code PATCH /api/v1/manage/users/{id}} with {@code
   * json}), sent with {@code If-Match}: the user's ETag as {@code admin} reads it just before.
   */
  public static Reply change(Api admin, String userId, String json) {
    String path = "/api/v1/manage/users/" + userId;
    return admin.send("PATCH", path, json, "If-Match", admin.get(path).etag());
  }
}
