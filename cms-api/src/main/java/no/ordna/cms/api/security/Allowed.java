package no.ordna.cms.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.ordna.cms.identity.domain.Role;

/**
 * Who may call a resource method, declared once on the method and enforced by {@link AllowedFilter}
 * before the method runs: anyone ({@link Access#PUBLIC}), anyone signed in ({@link
 * Access#SIGNED_IN}), or a caller with one of {@link #roles()} (administrators always). Every
 * management method ({@code /api/v1/manage/…}) must say it (the architecture test fails the build
 * otherwise). Services keep their finer checks (a translator's locales, a caller's content types),
 * so this is the outer gate, never a wider one.
 *
 * <pre>{@code
 * @PUT
 * @Allowed(roles = {Role.EDITOR, Role.TRANSLATOR})
 * public Response save(...)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {

  /** Who may call; {@link Access#ROLES} (the default) means a caller with one of {@link #roles}. */
  Access value() default Access.ROLES;

  /**
   * With {@link Access#ROLES}: the roles any one of which lets a caller in (administrators always
   * get in; none listed means administrators only).
   */
  Role[] roles() default {};

  /** The kinds of rule. */
  enum Access {
    /** Anyone, without a token. */
    PUBLIC,
    /** Any valid management token (every role, machine tokens too). */
    SIGNED_IN,
    /** A caller with one of the listed roles, or an administrator. */
    ROLES
  }
}
