package no.ordna.cms.web.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.api.problem.Problems;

/**
 * The container's error page, replaced: whatever the container itself answers with an error (a path
 * nothing serves, a method no servlet takes, an exception that escaped a filter) is answered here
 * instead of with the runtime's own HTML report, which names the server and may show an exception.
 * Calls to the API ({@code /api/…}) and clients that ask for JSON get problem+json; a person's
 * browser gets a small page of its own. An exception is logged here, never shown.
 */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

  static final String PATH = "/error-page";

  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    int status = code instanceof Integer c ? c : 404; // reached directly: nothing is here
    if (failure instanceof Throwable t) {
      LOG.log(Level.SEVERE, "Unhandled failure of " + request.getMethod() + " " + path, t);
      status = 500;
    }
    if (status < 400) {
      status = 500;
    }
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    Problem problem = Problem.of(status);
    if (wantsJson(request, path)) {
      Problems.write(response, status, problem.type(), problem.title(), problem.detail());
    } else {
      page(response, status, problem);
    }
  }

  private static boolean wantsJson(HttpServletRequest request, String path) {
    String accept = request.getHeader("Accept");
    return (path != null && (path.startsWith("/api/") || path.startsWith("/health")))
        || (accept != null && accept.contains("json") && !accept.contains("text/html"));
  }

  private static void page(HttpServletResponse response, int status, Problem problem)
      throws IOException {
    String html =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>"
            + problem.title()
            + "</title></head><body><main><h1>"
            + problem.title()
            + "</h1><p>"
            + problem.detail()
            + "</p><p><a href=\"/admin/\">Ordna CMS</a></p></main></body></html>";
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** What is said about a status, in the problem types the API uses elsewhere. */
  private record Problem(String type, String title, String detail) {

    static Problem of(int status) {
      return switch (status) {
        case 400 -> new Problem("bad-request", "Bad Request", "The request is not well-formed");
        case 404 -> new Problem("not-found", "Not Found", "Nothing is at this address");
        case 405 ->
            new Problem(
                "method-not-allowed", "Method Not Allowed", "This method is not allowed here");
        case 413 ->
            new Problem("body-too-large", "Content too large", "The request body is too large");
        case 415 ->
            new Problem(
                "unsupported-media-type",
                "Unsupported Media Type",
                "This content type is not accepted here");
        case 503 ->
            new Problem(
                "unavailable", "Service Unavailable", "The service is unavailable; try again");
        default ->
            status >= 500
                ? new Problem("internal-error", "Internal error", "The request could not be done")
                : new Problem("bad-request", "Bad Request", "The request could not be done");
      };
    }
  }
}
