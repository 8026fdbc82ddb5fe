package no.ordna.cms.web.asset;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import no.ordna.cms.api.http.AssetFileQuery;
import no.ordna.cms.api.http.BearerToken;
import no.ordna.cms.api.http.IfNoneMatchHeader;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.asset.application.AssetAccess;
import no.ordna.cms.asset.application.ServedFile;
import no.ordna.cms.asset.domain.ByteRange;

/**
 * {@code GET /api/v1/assets/{id}/{fileName}}: streams an asset's bytes (or a rendition) with its
 * Content-Type, Content-Length, Content-Disposition, ETag (304 on {@code If-None-Match}),
 * Cache-Control and single byte ranges (206, 416). What may be served and with which headers is
 * decided by {@link AssetAccess}; this only writes it. Errors are problem+json.
 */
@WebServlet(urlPatterns = "/api/v1/assets/*", asyncSupported = true)
public class AssetServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(AssetServlet.class.getName());
  private static final int BUFFER = 64 * 1024;

  @Inject AssetAccess access;

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
    String[] path = pathParts(request.getPathInfo());
    if (path == null) {
      Problems.write(response, 404, "not-found", "Not found", "No such asset");
      return;
    }
    ServedFile file;
    try {
      file =
          access.resolve(
              path[0],
              AssetFileQuery.parse(request.getParameterMap()),
              BearerToken.from(request.getHeader("Authorization")));
    } catch (RuntimeException e) {
      Problems.writeFailure(response, e, LOG, "The asset could not be served");
      return;
    }
    response.setHeader("ETag", file.etag());
    response.setHeader("Cache-Control", file.cacheControl());
    response.setHeader("Content-Disposition", file.contentDisposition());
    response.setHeader("Accept-Ranges", "bytes");
    if (file.mediaType().equals("image/svg+xml")) {
      // no script can run in a served SVG, but its inline styles may
      response.setHeader(
          "Content-Security-Policy",
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    } else if (file.mediaType().equals("application/pdf")) {
      // browsers show PDFs with a viewer plug-in that object-src 'none' would block
      response.setHeader(
          "Content-Security-Policy",
          "default-src 'none'; object-src 'self'; frame-ancestors 'none'");
    }
    response.setDateHeader("Last-Modified", file.lastModified().toEpochMilli());
    if (file.cacheControl().startsWith("private")) {
      response.setHeader("Vary", "Authorization");
    }
    if (IfNoneMatchHeader.matches(request.getHeader("If-None-Match"), file.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    ByteRange.Outcome range = ByteRange.of(rangeHeader(request, file), file.size());
    if (range instanceof ByteRange.Unsatisfiable) {
      response.setHeader("Content-Range", "bytes */" + file.size());
      Problems.write(
          response, 416, "range-not-satisfiable", "Range not satisfiable", "Beyond the end");
      return;
    }
    long offset = 0;
    long length = file.size();
    if (range instanceof ByteRange.Partial partial) {
      offset = partial.range().first();
      length = partial.range().length();
      response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
      response.setHeader("Content-Range", partial.range().contentRange(file.size()));
    } else {
      response.setStatus(HttpServletResponse.SC_OK);
    }
    response.setContentType(file.mediaType());
    response.setContentLengthLong(length);
    if (head) {
      return;
    }
    InputStream opened;
    try {
      opened = access.open(file, offset, length);
    } catch (RuntimeException e) {
      // nothing is written yet: the problem replaces the file's status and headers
      response.reset();
      Problems.writeFailure(response, e, LOG, "The asset could not be served");
      return;
    }
    try (InputStream in = opened) {
      OutputStream out = response.getOutputStream();
      byte[] buffer = new byte[BUFFER];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
      }
    }
  }

  /** The Range header, unless If-Range names another version. */
  private static String rangeHeader(HttpServletRequest request, ServedFile file) {
    String ifRange = request.getHeader("If-Range");
    if (ifRange != null && !ifRange.equals(file.etag())) {
      return null;
    }
    return request.getHeader("Range");
  }

  /** {id, fileName} from {@code /{id}/{fileName}}, or null. */
  private static String[] pathParts(String pathInfo) {
    if (pathInfo == null) {
      return null;
    }
    String[] parts = pathInfo.split("/", -1);
    if (parts.length != 3 || parts[1].isEmpty() || parts[2].isEmpty()) {
      return null;
    }
    return new String[] {parts[1], URLDecoder.decode(parts[2], StandardCharsets.UTF_8)};
  }
}
