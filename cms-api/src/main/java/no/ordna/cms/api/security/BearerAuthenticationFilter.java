package no.ordna.cms.api.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import no.ordna.cms.identity.application.AuthService;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.UnauthorizedException;

/**
 * Every request under {@code /api/v1/manage/} must carry {@code Authorization: Bearer <token>} with
 * a valid token; otherwise it ends here with 401.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthenticationFilter implements ContainerRequestFilter {

  private static final String PREFIX = "Bearer ";

  @Inject AuthService auth;
  @Inject CallerContext callerContext;

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!path.startsWith("manage/") && !path.equals("manage")) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      throw new UnauthorizedException("A bearer token is required: Authorization: Bearer <token>");
    }
    Caller caller =
        auth.authenticate(header.substring(PREFIX.length()).trim())
            .from(servletRequest == null ? null : servletRequest.getRemoteAddr());
    if (!caller.mayRead()
        && !path.equals("manage/webhooks")
        && !path.startsWith("manage/webhooks/")) {
      // a machine token with the manage:webhooks scope alone reaches the webhooks and nothing else
      throw new ForbiddenException("This token may manage webhooks only");
    }
    callerContext.set(caller);
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(
        new SecurityContext() {
          @Override
          public Principal getUserPrincipal() {
            return caller::username;
          }

          @Override
          public boolean isUserInRole(String role) {
            return Role.fromWireName(role).map(caller::hasRole).orElse(false);
          }

          @Override
          public boolean isSecure() {
            return secure;
          }

          @Override
          public String getAuthenticationScheme() {
            return "Bearer";
          }
        });
  }
}
