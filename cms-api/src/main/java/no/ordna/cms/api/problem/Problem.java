package no.ordna.cms.api.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ordna.cms.shared.CmsException;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.TooManyRequestsException;
import no.ordna.cms.shared.UnavailableException;
import no.ordna.cms.shared.Violation;

/**
 * One problem answer (RFC 9457) before it is written, whether by a JAX-RS mapper or a servlet (see
 * {@link Problems}): status, the stable type name ({@code urn:ordna:problem:<type>}), title,
 * detail, validation {@code errors}, extension members and the headers that go with it ({@code
 * WWW-Authenticate} on 401, {@code Retry-After} on 429 and 503).
 */
public record Problem(
    int status,
    String type,
    String title,
    String detail,
    List<Violation> errors,
    Map<String, Object> extensions,
    Map<String, String> headers) {

  /** The members RFC 9457 and this product define; an extension may not replace them. */
  public static final Set<String> STANDARD_MEMBERS =
      Set.of("type", "title", "status", "detail", "instance", "errors");

  public Problem {
    for (String name : extensions.keySet()) {
      if (STANDARD_MEMBERS.contains(name)) {
        throw new IllegalArgumentException("a problem extension may not be named " + name);
      }
    }
    errors = List.copyOf(errors);
    extensions = Map.copyOf(extensions);
    headers = Map.copyOf(headers);
  }

  /** A problem without errors, extensions or headers. */
  public static Problem of(int status, String type, String title, String detail) {
    return new Problem(status, type, title, detail, List.of(), Map.of(), Map.of());
  }

  /** The product exception's problem: its category's status and title, its type and detail. */
  public static Problem of(CmsException e) {
    List<Violation> violations =
        e instanceof InvalidInputException invalid ? invalid.violations() : List.of();
    Map<String, String> headers = new LinkedHashMap<>();
    if (e.category() == CmsException.Category.UNAUTHORIZED) {
      headers.put("WWW-Authenticate", "Bearer realm=\"cms\"");
    }
    if (e instanceof TooManyRequestsException tooMany) {
      headers.put("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
    }
    if (e instanceof UnavailableException unavailable) {
      headers.put("Retry-After", Long.toString(unavailable.retryAfterSeconds()));
    }
    return new Problem(
        e.category().status(),
        e.problemType(),
        e.category().title(),
        e.getMessage(),
        violations,
        e.extensions(),
        headers);
  }
}
