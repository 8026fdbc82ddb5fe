package no.ordna.cms.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One log line per API request: method, path, query (with the values of secret-looking parameters
 * masked), status and time. Never headers or bodies, so no password or token reaches the log.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestLogFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger("no.ordna.cms.access");
  private static final Pattern SECRET_PARAM =
      Pattern.compile("(?i)([^&=]*(?:token|password|secret|auth|key)[^&=]*)=[^&]*");

  @Inject
  @ConfigProperty(name = "cms.http.request-log", defaultValue = "true")
  boolean enabled;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!enabled) {
      chain.doFilter(request, response);
      return;
    }
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      long micros = (System.nanoTime() - start) / 1000;
      String query = request.getQueryString();
      String line =
          request.getMethod()
              + " "
              + request.getRequestURI()
              + (query == null ? "" : "?" + SECRET_PARAM.matcher(query).replaceAll("$1=***"))
              + " "
              + response.getStatus()
              + " "
              + (micros / 1000)
              + "."
              + String.format("%03d", micros % 1000)
              + "ms";
      LOG.info(line);
    }
  }
}
