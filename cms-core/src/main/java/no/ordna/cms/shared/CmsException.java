package no.ordna.cms.shared;

import java.util.Map;
import java.util.Optional;

/**
 * Base of the product's exception categories. Each carries a stable problem type (a short
 * kebab-case name that the HTTP layer turns into a problem+json {@code type}), a title, a detail
 * meant for the client, and optional extension members with the offending values.
 */
public abstract class CmsException extends RuntimeException {

  private final String problemType;
  private final Map<String, Object> extensions;

  protected CmsException(String problemType, String detail, Map<String, Object> extensions) {
    super(detail);
    this.problemType = problemType;
    this.extensions = Map.copyOf(extensions);
  }

  protected CmsException(String problemType, String detail) {
    this(problemType, detail, Map.of());
  }

  /** The product exception in a failure's chain of causes (wrapped by an interceptor, say). */
  public static Optional<CmsException> in(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CmsException cms) {
        return Optional.of(cms);
      }
    }
    return Optional.empty();
  }

  /** The category, which decides the HTTP status. */
  public abstract Category category();

  public String problemType() {
    return problemType;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }

  /** The few categories of failure the API knows. */
  public enum Category {
    INVALID(400, "Invalid request"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    TOO_LARGE(413, "Content too large"),
    UNSUPPORTED_TYPE(415, "Unsupported media type"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    Category(int status, String title) {
      this.status = status;
      this.title = title;
    }

    public int status() {
      return status;
    }

    public String title() {
      return title;
    }
  }
}
