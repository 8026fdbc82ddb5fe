package no.ordna.cms.web.delivery;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ordna.cms.api.delivery.DeliveryReads;
import no.ordna.cms.api.http.AcceptEncoding;
import no.ordna.cms.api.http.AcceptLanguageHeader;
import no.ordna.cms.api.http.IfNoneMatchHeader;
import no.ordna.cms.api.http.QueryString;
import no.ordna.cms.delivery.application.CachePolicy;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.localization.domain.LanguagePreferences;
import no.ordna.cms.shared.CmsException;
import no.ordna.cms.shared.compression.ContentCoding;

/**
 * The delivery API's fast path: public reads of {@code /api/v1/content/{type}[/{idOrSlug}]} are
 * answered here, through {@link DeliveryReads} (the same path the JAX-RS resource takes), before
 * JAX-RS — a cache hit costs a map lookup and a write of precomputed bytes, gzipped when the client
 * takes it (or a 304). Misses, previews, feeds and every error go on to the JAX-RS resource, which
 * answers them through the same path: a miss waits on the database, so it passes the work limit
 * ({@code WorkLimitFilter}) first, and a hit never does.
 */
@WebFilter(urlPatterns = "/api/v1/content/*", asyncSupported = true)
public class DeliveryCacheFilter extends HttpFilter {

  private static final Pattern READ =
      Pattern.compile("/api/v1/content/([a-z][a-z0-9-]*)(?:/([A-Za-z0-9-]+))?/?");

  @Inject DeliveryReads reads;
  @Inject CachePolicy policy;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    Matcher read = READ.matcher(request.getRequestURI());
    if (!(method.equals("GET") || method.equals("HEAD")) || !read.matches()) {
      chain.doFilter(request, response);
      return;
    }
    Map<String, List<String>> params = QueryString.parse(request.getQueryString());
    if (params.containsKey("preview")) {
      chain.doFilter(request, response);
      return;
    }
    LanguagePreferences languages =
        AcceptLanguageHeader.parse(request.getHeader("Accept-Language"));
    Representation representation;
    try {
      representation = reads.cachedPublished(read.group(1), read.group(2), params, languages);
    } catch (CmsException e) {
      chain.doFilter(request, response);
      return;
    }
    if (representation == null) {
      // a miss waits on the database: it goes on, under the work limit, to the resource, which
      // computes and keeps it through the same path
      chain.doFilter(request, response);
      return;
    }
    write(representation, request, response, method.equals("HEAD"));
  }

  private void write(
      Representation representation,
      HttpServletRequest request,
      HttpServletResponse response,
      boolean head)
      throws IOException {
    response.setHeader("ETag", representation.etag());
    response.setHeader("Cache-Control", policy.publicCacheControl());
    response.setHeader("Vary", CachePolicy.VARY);
    response.setHeader("Last-Modified", representation.lastModifiedHeader());
    response.setHeader("Content-Language", representation.contentLanguage());
    response.setHeader("Surrogate-Key", representation.surrogateKey());
    response.setHeader("Cache-Tag", representation.cacheTag());
    if (IfNoneMatchHeader.matches(request.getHeader("If-None-Match"), representation.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    ContentCoding coding =
        AcceptEncoding.choose(request.getHeader("Accept-Encoding"), representation);
    byte[] body = representation.bytes(coding);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json;charset=UTF-8");
    if (coding != ContentCoding.IDENTITY) {
      response.setHeader("Content-Encoding", coding.token());
    }
    response.setContentLength(body.length);
    if (!head) {
      response.getOutputStream().write(body);
    }
  }
}
