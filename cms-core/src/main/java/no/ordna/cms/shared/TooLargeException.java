package no.ordna.cms.shared;

import java.util.Map;

/** A request body over the configured limit; nothing of it is processed. */
public class TooLargeException extends CmsException {

  public TooLargeException(long limitBytes) {
    super(
        "body-too-large",
        "The request body exceeds the limit of " + limitBytes + " bytes",
        Map.of("limitBytes", limitBytes));
  }

  /** A part of the body over its own limit, named in {@code detail}. */
  public TooLargeException(long limitBytes, String detail) {
    super("body-too-large", detail, Map.of("limitBytes", limitBytes));
  }

  @Override
  public Category category() {
    return Category.TOO_LARGE;
  }
}
