package no.ordna.cms.web.admin;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.ordna.cms.api.http.IfNoneMatchHeader;
import no.ordna.cms.shared.compression.ContentCoding;

/**
 * Serves the editorial web app at {@code /admin/}: the page for every app address (the app routes
 * in the browser), its modules and styles, and the libraries it imports. Files are sent with a
 * strong ETag (304 on {@code If-None-Match}), gzip when the browser takes it, and {@code
 * Cache-Control}: a year, immutable, for hashed and versioned addresses; revalidation for the page
 * and unversioned ones. The page carries its own Content-Security-Policy (see {@link
 * AdminBundle#pagePolicy()}).
 */
@WebServlet(urlPatterns = {"/admin", "/admin/*"})
public class AdminServlet extends HttpServlet {

  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final String REVALIDATE = "no-cache";

  private transient AdminBundle bundle;

  @Override
  public void init() throws ServletException {
    bundle = new AdminBundle(getServletContext());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, false);
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, true);
  }

  private void serve(HttpServletRequest request, HttpServletResponse response, boolean head)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null) {
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader("Location", "/admin/");
      return;
    }
    if (path.startsWith("/app/")) {
      StaticFile file = bundle.appFile(path.substring("/app/".length()));
      boolean current = file != null && file.hash().equals(request.getParameter("v"));
      write(file, current ? IMMUTABLE : REVALIDATE, request, response, head);
    } else if (path.startsWith("/vendor/")) {
      write(
          bundle.vendorFile(path.substring("/vendor/".length())),
          IMMUTABLE,
          request,
          response,
          head);
    } else if (path.lastIndexOf('.') > path.lastIndexOf('/')) {
      // a file name that is not in the app: no page for it
      write(null, REVALIDATE, request, response, head);
    } else {
      response.setHeader("Content-Security-Policy", bundle.pagePolicy());
      write(bundle.page(), REVALIDATE, request, response, head);
    }
  }

  private static void write(
      StaticFile file,
      String cacheControl,
      HttpServletRequest request,
      HttpServletResponse response,
      boolean head)
      throws IOException {
    if (file == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("ETag", file.etag());
    response.setHeader("Cache-Control", cacheControl);
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
    if (!head) {
      response.getOutputStream().write(body);
    }
  }
}
