package no.ordna.cms.shared;

import java.util.Map;

/** The request is well-formed but clashes with the current state (a duplicate, a data loss). */
public class ConflictException extends CmsException {

  public ConflictException(String problemType, String detail) {
    super(problemType, detail);
  }

  public ConflictException(String problemType, String detail, Map<String, Object> extensions) {
    super(problemType, detail, extensions);
  }

  @Override
  public Category category() {
    return Category.CONFLICT;
  }
}
