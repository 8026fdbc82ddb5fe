package no.ordna.cms.web.delivery;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ordna.cms.delivery.application.CachePolicy;
import no.ordna.cms.delivery.application.DeliveryKeys;
import no.ordna.cms.delivery.application.DeliveryRequestParser;
import no.ordna.cms.delivery.application.DeliveryService;
import no.ordna.cms.delivery.application.RepresentationCache;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.shared.CmsException;
import no.ordna.cms.shared.StorageFailures;

/**
 * The delivery API's fast path: public reads of {@code /api/v1/content/{type}[/{idOrSlug}]} are
 * answered here, from the representation cache, before JAX-RS — a cache hit costs a map lookup and
 * a write of precomputed bytes (or a 304). Misses are computed here too and cached; previews, feeds
 * and every error go on to the JAX-RS resource, which answers them the same way.
 */
@WebFilter(urlPatterns = "/api/v1/content/*", asyncSupported = true)
public class DeliveryCacheFilter extends HttpFilter {

  private static final Pattern READ =
      Pattern.compile("/api/v1/content/([a-z][a-z0-9-]*)(?:/([A-Za-z0-9-]+))?/?");

  @Inject RepresentationCache cache;
  @Inject DeliveryRequestParser parser;
  @Inject DeliveryService delivery;
  @Inject CachePolicy policy;
  @Inject LocaleService locales;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    Matcher read = READ.matcher(request.getRequestURI());
    String query = request.getQueryString();
    if (!(method.equals("GET") || method.equals("HEAD"))
        || !read.matches()
        || (query != null && query.contains("preview"))) {
      chain.doFilter(request, response);
      return;
    }
    String acceptLanguage = request.getHeader("Accept-Language");
    String key =
        DeliveryKeys.key(request.getRequestURI(), query, acceptLanguage, locales.settings());
    Representation representation = cache.get(key);
    if (representation == null) {
      long generation = cache.generation();
      try {
        representation =
            delivery.read(
                parser.parse(
                    Channel.PUBLISHED,
                    read.group(1),
                    read.group(2),
                    DeliveryKeys.parseQuery(query),
                    acceptLanguage));
      } catch (CmsException e) {
        chain.doFilter(request, response);
        return;
      } catch (RuntimeException e) {
        if (StorageFailures.asUnavailable(e).isEmpty()) {
          throw e;
        }
        // the database is unreachable: the resource answers that as a 503 problem
        chain.doFilter(request, response);
        return;
      }
      cache.put(key, representation, generation);
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
    if (CachePolicy.matches(request.getHeader("If-None-Match"), representation.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(representation.body().length);
    if (!head) {
      response.getOutputStream().write(representation.body());
    }
  }
}
