package no.ordna.cms.api.problem;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.Violation;

/**
 * Builds {@code application/problem+json} responses (RFC 9457). Problem types are stable URNs
 * ({@code urn:ordna:problem:<name>}); validation problems list their {@code errors} with paths.
 */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_PREFIX = "urn:ordna:problem:";

  private Problems() {}

  public static Response response(
      int status,
      String type,
      String title,
      String detail,
      List<Violation> violations,
      Map<String, Object> extensions) {
    JsonObjectBuilder body =
        Jsons.createObjectBuilder()
            .add("type", TYPE_PREFIX + type)
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    if (!violations.isEmpty()) {
      JsonArrayBuilder errors = Jsons.createArrayBuilder();
      violations.forEach(
          v ->
              errors.add(
                  Jsons.createObjectBuilder().add("path", v.path()).add("message", v.message())));
      body.add("errors", errors);
    }
    extensions.forEach((key, value) -> body.add(key, toJson(value)));
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }

  public static Response response(int status, String type, String title, String detail) {
    return response(status, type, title, detail, List.of(), Map.of());
  }

  private static jakarta.json.JsonValue toJson(Object value) {
    if (value instanceof Number number) {
      return Jsons.createValue(number.longValue());
    }
    if (value instanceof Boolean flag) {
      return flag ? jakarta.json.JsonValue.TRUE : jakarta.json.JsonValue.FALSE;
    }
    if (value instanceof Collection<?> items) {
      JsonArrayBuilder array = Jsons.createArrayBuilder();
      items.forEach(item -> array.add(toJson(item)));
      return array.build();
    }
    if (value instanceof jakarta.json.JsonValue json) {
      return json;
    }
    if (value instanceof Map<?, ?> map) {
      jakarta.json.JsonObjectBuilder object = Jsons.createObjectBuilder();
      map.forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
      return object.build();
    }
    return Jsons.createValue(String.valueOf(value));
  }
}
