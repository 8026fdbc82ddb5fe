package no.ordna.cms.api.security;

import jakarta.enterprise.context.RequestScoped;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.shared.UnauthorizedException;

/** The authenticated caller of the current request, set by {@link BearerAuthenticationFilter}. */
@RequestScoped
public class CallerContext {

  private Caller caller;

  void set(Caller authenticated) {
    this.caller = authenticated;
  }

  /** The caller; a request that reached here without a valid token is refused. */
  public Caller caller() {
    if (caller == null) {
      throw new UnauthorizedException("A bearer token is required");
    }
    return caller;
  }
}
