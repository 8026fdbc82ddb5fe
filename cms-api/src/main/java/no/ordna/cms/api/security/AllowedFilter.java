package no.ordna.cms.api.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.ForbiddenException;

/**
 * Enforces {@link Allowed} on the matched resource method (or its class), after {@link
 * BearerAuthenticationFilter} has said who the caller is: 401 without a caller where one is needed,
 * 403 when the caller has none of the roles named. A method that declares nothing is left to itself
 * (the public delivery API); management methods always declare it.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AllowedFilter implements ContainerRequestFilter {

  @Inject CallerContext callerContext;

  @Context ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    Allowed allowed = declared(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
    if (allowed == null || allowed.value() == Allowed.Access.PUBLIC) {
      return;
    }
    Caller caller = callerContext.caller();
    if (allowed.value() == Allowed.Access.SIGNED_IN || permits(allowed, caller)) {
      return;
    }
    throw new ForbiddenException(
        allowed.roles().length == 0
            ? "Only administrators may do this"
            : "This needs one of the roles "
                + Arrays.stream(allowed.roles())
                    .map(Role::wireName)
                    .collect(Collectors.joining(", "))
                + " (or admin)");
  }

  /** Whether a caller passes a role rule: an administrator always, otherwise one listed role. */
  static boolean permits(Allowed allowed, Caller caller) {
    return caller.isAdmin() || Arrays.stream(allowed.roles()).anyMatch(caller.roles()::contains);
  }

  /** The rule on the method, else on its class; null when neither says. */
  static Allowed declared(Method method, Class<?> type) {
    if (method != null && method.isAnnotationPresent(Allowed.class)) {
      return method.getAnnotation(Allowed.class);
    }
    return type == null ? null : type.getAnnotation(Allowed.class);
  }
}
