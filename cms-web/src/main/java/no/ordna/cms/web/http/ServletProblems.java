package no.ordna.cms.web.http;

import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.shared.CmsException;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.StorageFailures;
import no.ordna.cms.shared.UnavailableException;

/**
 * Problem+json answers written by the servlets that answer outside JAX-RS (assets, sitemap): the
 * same {@code type}, {@code title} and {@code status} shape as the API's error mapper, never
 * cached, never with a stack trace.
 */
public final class ServletProblems {

  private ServletProblems() {}

  /** Writes one problem answer. */
  public static void write(
      HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    JsonObjectBuilder body =
        Jsons.createObjectBuilder()
            .add("type", "urn:ordna:problem:" + type)
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    byte[] bytes = body.build().toString().getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/problem+json");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /**
   * Writes a product exception (possibly wrapped by an interceptor) as its problem, an unreachable
   * database as 503 with Retry-After; anything else is logged and answered 500 with {@code
   * internalDetail}.
   */
  public static void failure(
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
    if (problem instanceof UnavailableException unavailable) {
      response.setHeader("Retry-After", Integer.toString(unavailable.retryAfterSeconds()));
    }
    write(
        response,
        problem.category().status(),
        problem.problemType(),
        problem.category().title(),
        problem.getMessage());
  }
}
