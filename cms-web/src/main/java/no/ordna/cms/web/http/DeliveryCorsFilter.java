package no.ordna.cms.web.http;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for the public delivery reads (content, search, assets, sitemap): origins listed in {@code
 * cms.delivery.cors.origins} (comma-separated, or {@code *}; default none) may read them from a
 * browser. Credentials are never allowed; a preview token travels in Authorization, which a
 * preflight may ask for. Other origins get no CORS headers (the browser then blocks the read); the
 * management API gets none at all.
 */
@WebFilter(
    urlPatterns = {"/api/v1/content/*", "/api/v1/search", "/api/v1/assets/*", "/sitemap.xml"},
    asyncSupported = true)
public class DeliveryCorsFilter extends HttpFilter {

  @Inject
  @ConfigProperty(name = "cms.delivery.cors.origins", defaultValue = " ")
  String configured;

  private Set<String> origins;
  private boolean anyOrigin;

  @PostConstruct
  void readOrigins() {
    origins =
        Arrays.stream(configured.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    anyOrigin = origins.contains("*");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    boolean allowed = origin != null && (anyOrigin || origins.contains(origin));
    if (origin != null) {
      response.addHeader("Vary", "Origin");
    }
    if (allowed) {
      response.setHeader("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
      response.setHeader(
          "Access-Control-Expose-Headers",
          "ETag, Content-Language, Last-Modified, Retry-After, Content-Range, Accept-Ranges");
    }
    boolean preflight =
        "OPTIONS".equals(request.getMethod())
            && request.getHeader("Access-Control-Request-Method") != null;
    if (preflight) {
      if (allowed) {
        response.setHeader("Access-Control-Allow-Methods", "GET, HEAD");
        response.setHeader(
            "Access-Control-Allow-Headers",
            "Accept, Accept-Language, If-None-Match, Authorization, Range, If-Range");
        response.setHeader("Access-Control-Max-Age", "600");
      }
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    chain.doFilter(request, response);
  }
}
