package no.ordna.cms.shared;

import java.util.Map;

/** The addressed thing does not exist (or is not visible to the caller). */
public class NotFoundException extends CmsException {

  public NotFoundException(String problemType, String detail) {
    super(problemType, detail);
  }

  public NotFoundException(String problemType, String detail, Map<String, Object> extensions) {
    super(problemType, detail, extensions);
  }

  @Override
  public Category category() {
    return Category.NOT_FOUND;
  }
}
