package no.ordna.cms.api.problem;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.shared.CmsException;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.StorageFailures;
import no.ordna.cms.shared.Violation;

/**
 * The one writer of {@code application/problem+json} answers (RFC 9457), for JAX-RS ({@link
 * #response(Problem)}) and for the servlets and filters that answer outside it ({@link
 * #write(HttpServletResponse, Problem)}): the same body, the same headers, never cached. Problem
 * types are stable URNs ({@code urn:ordna:problem:<name>}); validation problems list their {@code
 * errors} with paths.
 */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_PREFIX = "urn:ordna:problem:";

  private Problems() {}

  /** The JSON body of a problem. */
  public static String body(Problem problem) {
    JsonObjectBuilder body =
        Jsons.createObjectBuilder()
            .add("type", TYPE_PREFIX + problem.type())
            .add("title", problem.title())
            .add("status", problem.status());
    if (problem.detail() != null) {
      body.add("detail", problem.detail());
    }
    if (!problem.errors().isEmpty()) {
      JsonArrayBuilder errors = Jsons.createArrayBuilder();
      problem
          .errors()
          .forEach(
              v ->
                  errors.add(
                      Jsons.createObjectBuilder()
                          .add("path", v.path())
                          .add("message", v.message())));
      body.add("errors", errors);
    }
    problem.extensions().forEach((key, value) -> body.add(key, toJson(value)));
    return body.build().toString();
  }

  /** A problem as a JAX-RS answer. */
  public static Response response(Problem problem) {
    Response.ResponseBuilder response =
        Response.status(problem.status())
            .type(MEDIA_TYPE)
            .header("Cache-Control", "no-store")
            .entity(body(problem));
    problem.headers().forEach(response::header);
    return response.build();
  }

  public static Response response(
      int status,
      String type,
      String title,
      String detail,
      List<Violation> violations,
      Map<String, Object> extensions) {
    return response(new Problem(status, type, title, detail, violations, extensions, Map.of()));
  }

  public static Response response(int status, String type, String title, String detail) {
    return response(Problem.of(status, type, title, detail));
  }

  /** A problem written by a servlet or filter that answers before JAX-RS. */
  public static void write(HttpServletResponse response, Problem problem) throws IOException {
    byte[] bytes = body(problem).getBytes(StandardCharsets.UTF_8);
    response.setStatus(problem.status());
    response.setHeader("Cache-Control", "no-store");
    problem.headers().forEach(response::setHeader);
    response.setContentType(MEDIA_TYPE);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** See {@link #write(HttpServletResponse, Problem)}. */
  public static void write(
      HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    write(response, Problem.of(status, type, title, detail));
  }

  /**
   * Writes a failure a servlet caught: a product exception (possibly wrapped by an interceptor) as
   * its problem, an unreachable database as 503 with Retry-After; anything else is logged and
   * answered 500 with {@code internalDetail}.
   */
  public static void writeFailure(
      HttpServletResponse response, RuntimeException e, Logger log, String internalDetail)
      throws IOException {
    CmsException problem = CmsException.in(e).orElse(null);
    if (problem == null) {
      problem = StorageFailures.asUnavailable(e).orElse(null);
    }
    if (problem == null) {
      log.log(Level.SEVERE, internalDetail, e);
      write(response, 500, "internal-error", "Internal error", internalDetail);
      return;
    }
    write(response, Problem.of(problem));
  }

  private static JsonValue toJson(Object value) {
    if (value instanceof Number number) {
      return Jsons.createValue(number.longValue());
    }
    if (value instanceof Boolean flag) {
      return flag ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Collection<?> items) {
      JsonArrayBuilder array = Jsons.createArrayBuilder();
      items.forEach(item -> array.add(toJson(item)));
      return array.build();
    }
    if (value instanceof JsonValue json) {
      return json;
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Jsons.createObjectBuilder();
      map.forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
      return object.build();
    }
    return Jsons.createValue(String.valueOf(value));
  }
}
