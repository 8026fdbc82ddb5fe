package no.ordna.cms.shared;

/** No valid credentials: a missing, unknown, expired or revoked token, or a failed login. */
public class UnauthorizedException extends CmsException {

  public UnauthorizedException(String detail) {
    super("unauthorized", detail);
  }

  @Override
  public Category category() {
    return Category.UNAUTHORIZED;
  }
}
