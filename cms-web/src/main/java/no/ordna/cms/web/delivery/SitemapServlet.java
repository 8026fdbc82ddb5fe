package no.ordna.cms.web.delivery;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import no.ordna.cms.api.http.AcceptEncoding;
import no.ordna.cms.api.http.IfNoneMatchHeader;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.delivery.application.CachePolicy;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.compression.ContentCoding;
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
      Problems.writeFailure(response, e, LOG, "The sitemap could not be built");
      return;
    }
    response.setHeader("ETag", sitemap.etag());
    response.setHeader("Cache-Control", policy.publicCacheControl());
    response.setHeader("Last-Modified", sitemap.lastModifiedHeader());
    response.setHeader("Vary", "Accept-Encoding");
    response.setHeader("Surrogate-Key", sitemap.surrogateKey());
    response.setHeader("Cache-Tag", sitemap.cacheTag());
    if (IfNoneMatchHeader.matches(request.getHeader("If-None-Match"), sitemap.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    ContentCoding coding = AcceptEncoding.choose(request.getHeader("Accept-Encoding"), sitemap);
    byte[] body = sitemap.bytes(coding);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/xml;charset=UTF-8");
    if (coding != ContentCoding.IDENTITY) {
      response.setHeader("Content-Encoding", coding.token());
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
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
}
