package no.ordna.cms.web.delivery;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.delivery.application.CachePolicy;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.shared.CmsException;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.syndication.application.SitemapService;

/**
 * {@code GET /sitemap.xml} at the server root, for the front end to serve (or proxy) as its own:
 * every published page in every published locale with hreflang alternates, from the representation
 * cache, with a strong ETag, 304 and public caching. When the site outgrows one file it answers a
 * sitemap index whose parts are {@code /sitemap.xml?part=N}. Errors are problem+json.
 */
@WebServlet(urlPatterns = "/sitemap.xml", asyncSupported = true)
public class SitemapServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(SitemapServlet.class.getName());

  @Inject SitemapService sitemaps;
  @Inject CachePolicy policy;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Representation sitemap;
    try {
      sitemap = sitemaps.sitemap(part(request.getParameterValues("part")));
    } catch (RuntimeException e) {
      failure(response, e);
      return;
    }
    response.setHeader("ETag", sitemap.etag());
    response.setHeader("Cache-Control", policy.publicCacheControl());
    response.setHeader("Last-Modified", CachePolicy.httpDate(sitemap.lastModified()));
    if (CachePolicy.matches(request.getHeader("If-None-Match"), sitemap.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/xml;charset=UTF-8");
    response.setContentLength(sitemap.body().length);
    response.getOutputStream().write(sitemap.body());
  }

  /** A product exception (possibly wrapped by an interceptor) as its problem; else a 500. */
  private static void failure(HttpServletResponse response, RuntimeException e) throws IOException {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof CmsException cms) {
        problem(
            response,
            cms.category().status(),
            cms.problemType(),
            cms.category().title(),
            cms.getMessage());
        return;
      }
    }
    LOG.log(Level.SEVERE, "Could not build the sitemap", e);
    problem(response, 500, "internal-error", "Internal error", "The sitemap could not be built");
  }

  private static Optional<Integer> part(String[] values) {
    if (values == null) {
      return Optional.empty();
    }
    if (values.length != 1 || !values[0].matches("[0-9]{1,6}")) {
      throw new InvalidInputException(
          "bad-sitemap-part", "part must be given once, as a whole number from 1");
    }
    return Optional.of(Integer.parseInt(values[0]));
  }

  private static void problem(
      HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "urn:ordna:problem:" + type)
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    byte[] bytes = body.build().toString().getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
