package no.ordna.cms.shared;

/** A change was sent without {@code If-Match}: refused so that no update is lost. */
public class PreconditionRequiredException extends CmsException {

  public PreconditionRequiredException(String detail) {
    super("if-match-required", detail);
  }

  @Override
  public Category category() {
    return Category.PRECONDITION_REQUIRED;
  }
}
