package no.ordna.cms.shared;

import java.util.Map;

/**
 * The request is fine but cannot be answered yet (something it needs is still being prepared); the
 * client may try again after {@code retryAfterSeconds}.
 */
public class UnavailableException extends CmsException {

  private final int retryAfterSeconds;

  public UnavailableException(String problemType, String detail, int retryAfterSeconds) {
    super(problemType, detail, Map.of("retryAfter", retryAfterSeconds));
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public Category category() {
    return Category.UNAVAILABLE;
  }
}
