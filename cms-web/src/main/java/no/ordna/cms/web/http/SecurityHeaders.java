package no.ordna.cms.web.http;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every answer: no MIME sniffing, no referrer leaks, a content security policy
 * that lets the API's JSON, feeds and sitemaps run nothing and be framed by no one, and — when the
 * request came over HTTPS (through a trusted proxy that says so) — HSTS.
 */
final class SecurityHeaders {

  static final String API_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private SecurityHeaders() {}

  /** A year of HTTPS only for this host, once a browser has reached it over HTTPS. */
  static final String HSTS = "max-age=31536000";

  static void apply(HttpServletResponse response, boolean secure) {
    if (secure) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Content-Security-Policy", API_POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
  }
}
