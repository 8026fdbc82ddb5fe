package no.ordna.cms.shared;

import java.util.Map;

/** The request's content is of a type that is not accepted here. */
public class UnsupportedTypeException extends CmsException {

  public UnsupportedTypeException(
      String problemType, String detail, Map<String, Object> extensions) {
    super(problemType, detail, extensions);
  }

  @Override
  public Category category() {
    return Category.UNSUPPORTED_TYPE;
  }
}
