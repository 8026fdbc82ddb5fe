package no.ordna.cms.shared;

import java.util.Map;

/** Too many attempts in a short time (e.g. failed sign-ins); try again after {@code retryAfter}. */
public class TooManyRequestsException extends CmsException {

  private final long retryAfterSeconds;

  public TooManyRequestsException(String detail, long retryAfterSeconds) {
    super("too-many-requests", detail, Map.of("retryAfter", retryAfterSeconds));
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public Category category() {
    return Category.TOO_MANY_REQUESTS;
  }
}
