package no.ordna.cms.shared;

/** The caller is known but may not do this. */
public class ForbiddenException extends CmsException {

  public ForbiddenException(String detail) {
    super("forbidden", detail);
  }

  @Override
  public Category category() {
    return Category.FORBIDDEN;
  }
}
