package no.ordna.cms.shared;

import java.util.Map;

/** An {@code If-Match} ETag no longer matches: someone else changed the resource first. */
public class PreconditionFailedException extends CmsException {

  public PreconditionFailedException(String detail, String currentEtag) {
    super("stale-etag", detail, Map.of("currentEtag", currentEtag));
  }

  @Override
  public Category category() {
    return Category.PRECONDITION_FAILED;
  }
}
