package no.ordna.cms.web.admin;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.ordna.cms.api.http.IfNoneMatchHeader;
import no.ordna.cms.shared.compression.ContentCoding;

/**
 * The interactive API reference at {@code /api/docs/}: Swagger UI from its WebJar, started by a
 * script file of ours on the document at {@code /openapi}. The page's Content-Security-Policy lets
 * scripts, styles and calls come from this origin only (no inline script; Swagger UI's validator
 * badge, which would call out, is off).
 */
@WebServlet(urlPatterns = {"/api/docs", "/api/docs/*"})
public class ApiDocsServlet extends HttpServlet {

  static final String PAGE_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none';"
          + " form-action 'none'";

  /** Our own files, beside the page. */
  private static final Set<String> OWN = Set.of("index.html", "init.js");

  /** What the page loads from the WebJar. */
  private static final Set<String> LIBRARY =
      Set.of(
          "swagger-ui.css",
          "index.css",
          "swagger-ui-bundle.js",
          "swagger-ui-standalone-preset.js",
          "favicon-32x32.png",
          "favicon-16x16.png");

  private final transient Map<String, StaticFile> files = new ConcurrentHashMap<>();
  private transient String webjar;

  @Override
  public void init() throws ServletException {
    Set<String> versions = getServletContext().getResourcePaths("/webjars/swagger-ui/");
    if (versions == null || versions.isEmpty()) {
      throw new ServletException("The swagger-ui WebJar is missing");
    }
    webjar = versions.iterator().next();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null) {
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader("Location", "/api/docs/");
      return;
    }
    String name = path.equals("/") ? "index.html" : path.substring(1);
    StaticFile file = file(name);
    if (file == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (name.equals("index.html")) {
      response.setHeader("Content-Security-Policy", PAGE_POLICY);
    }
    response.setHeader("ETag", file.etag());
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("Vary", "Accept-Encoding");
    if (IfNoneMatchHeader.matches(request.getHeader("If-None-Match"), file.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    ContentCoding coding = file.coding(request.getHeader("Accept-Encoding"));
    byte[] body = file.bytes(coding);
    if (coding != ContentCoding.IDENTITY) {
      response.setHeader("Content-Encoding", coding.token());
    }
    response.setContentType(file.mediaType());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private StaticFile file(String name) {
    String resource;
    if (OWN.contains(name)) {
      resource = "/WEB-INF/api-docs/" + name;
    } else if (LIBRARY.contains(name)) {
      resource = webjar + name;
    } else {
      return null;
    }
    return files.computeIfAbsent(name, n -> read(getServletContext(), n, resource));
  }

  private static StaticFile read(ServletContext context, String name, String resource) {
    try (InputStream in = context.getResourceAsStream(resource)) {
      return in == null ? null : StaticFile.of(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
