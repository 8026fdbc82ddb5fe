package no.ordna.cms.web.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What every request passes first, in one filter (each filter the container calls costs about as
 * much as a cached delivery read itself): the access log line, the security headers, CORS for the
 * delivery reads (a preflight is answered here), the request-body limit of the API, and the
 * client's address and scheme as a trusted proxy in front forwards them.
 *
 * <p>Settings: {@code cms.http.request-log} (default true), {@code cms.delivery.cors.origins}
 * (default none), {@code cms.http.max-body-bytes} (default 1 MiB) and {@code cms.assets.max-bytes}
 * (default 50 MiB) for asset uploads, {@code cms.trusted-proxies} (default none).
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class HttpEdgeFilter extends HttpFilter {

  private AccessLog accessLog;
  private DeliveryCors cors;
  private BodySizeLimit bodyLimit;
  private TrustedProxies proxies;

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig();
    boolean logRequests =
        config.getOptionalValue("cms.http.request-log", Boolean.class).orElse(true);
    accessLog = logRequests ? new AccessLog() : null;
    cors =
        new DeliveryCors(
            config.getOptionalValue("cms.delivery.cors.origins", String.class).orElse(""));
    proxies =
        TrustedProxies.parse(
            config.getOptionalValue("cms.trusted-proxies", String.class).orElse(""));
    bodyLimit =
        new BodySizeLimit(
            config.getOptionalValue("cms.http.max-body-bytes", Long.class).orElse(1_048_576L),
            config.getOptionalValue("cms.assets.max-bytes", Long.class).orElse(52_428_800L));
  }

  @Override
  protected void doFilter(
      HttpServletRequest incoming, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (incoming.getDispatcherType() == DispatcherType.ASYNC) {
      // a request the work limit parked, dispatched again for its turn: the same checks again (the
      // container passes the unwrapped request), and its access line is written once, when it is
      // finished (see AccessLine)
      pass(ForwardedRequest.of(incoming, proxies), response, chain);
      return;
    }
    long start = System.nanoTime();
    // who the client is, and over what, as a trusted proxy in front says (else as connected)
    HttpServletRequest request = ForwardedRequest.of(incoming, proxies);
    AccessLine line =
        accessLog == null ? null : new AccessLine(accessLog, request, response, start);
    if (line != null) {
      incoming.setAttribute(AccessLine.ATTRIBUTE, line);
    }
    try {
      pass(request, response, chain);
    } finally {
      if (line != null && !line.deferred()) {
        line.write();
      }
    }
  }

  private void pass(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(response, request.isSecure());
    String path = path(request);
    HttpServletResponse answer = response;
    if (DeliveryCors.applies(path)) {
      answer = cors.varying(response);
      if (cors.handle(request, answer)) {
        return;
      }
    }
    HttpServletRequest admitted = request;
    if (path.startsWith("/api/")) {
      admitted = bodyLimit.admit(request, answer, path);
      if (admitted == null) {
        return;
      }
    }
    chain.doFilter(admitted, answer);
  }

  /** The decoded, normalised path the container maps (not the raw request URI). */
  private static String path(HttpServletRequest request) {
    String info = request.getPathInfo();
    return info == null ? request.getServletPath() : request.getServletPath() + info;
  }

  @Override
  public void destroy() {
    if (accessLog != null) {
      accessLog.close();
    }
  }
}
