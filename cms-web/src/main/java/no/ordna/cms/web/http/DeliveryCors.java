package no.ordna.cms.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS for the public delivery reads (content, search, assets, sitemap): origins listed in {@code
 * cms.delivery.cors.origins} (comma-separated, or {@code *}; default none) may read them from a
 * browser. Credentials are never allowed; a preview token travels in Authorization, which a
 * preflight may ask for. Other origins get no CORS headers (the browser then blocks the read); the
 * management API gets none at all. With a list of origins every delivery answer says {@code Vary:
 * Origin}, so a shared cache never hands one origin's answer to another; with {@code *} every
 * answer allows any origin and needs no such Vary.
 */
final class DeliveryCors {

  private final Set<String> origins;
  private final boolean anyOrigin;

  DeliveryCors(String configured) {
    origins =
        Arrays.stream(configured.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    anyOrigin = origins.contains("*");
  }

  /** Whether a (servlet) path is one of the delivery reads CORS applies to. */
  static boolean applies(String path) {
    return path.equals("/api/v1/content")
        || path.startsWith("/api/v1/content/")
        || path.equals("/api/v1/search")
        || path.startsWith("/api/v1/assets/")
        || path.equals("/sitemap.xml");
  }

  /**
   * The response to go on with: with a list of origins, one that keeps {@code Vary: Origin} in
   * whatever else the answer varies by.
   */
  HttpServletResponse varying(HttpServletResponse response) {
    return anyOrigin || origins.isEmpty() ? response : new VaryByOrigin(response);
  }

  /** Adds the CORS headers; answers a preflight itself (then returns true). */
  boolean handle(HttpServletRequest request, HttpServletResponse response) {
    String origin = request.getHeader("Origin");
    boolean allowed = anyOrigin || (origin != null && origins.contains(origin));
    if (allowed) {
      response.setHeader("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
      response.setHeader(
          "Access-Control-Expose-Headers",
          "ETag, Content-Language, Last-Modified, Retry-After, Content-Range, Accept-Ranges");
    }
    boolean preflight =
        "OPTIONS".equals(request.getMethod())
            && request.getHeader("Access-Control-Request-Method") != null;
    if (!preflight) {
      return false;
    }
    if (allowed) {
      response.setHeader("Access-Control-Allow-Methods", "GET, HEAD");
      response.setHeader(
          "Access-Control-Allow-Headers",
          "Accept, Accept-Language, If-None-Match, Authorization, Range, If-Range");
      response.setHeader("Access-Control-Max-Age", "600");
    }
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    return true;
  }
}
