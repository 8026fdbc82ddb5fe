package no.ordna.cms.identity.domain;

import java.util.Set;

/**
 * The authenticated caller of one request: who, with which roles and locale grants, through which
 * token, from which address. Services take it to check rights and to stamp who changed what.
 */
public record Caller(
    String userId,
    String username,
    Set<Role> roles,
    Set<String> locales,
    String tokenId,
    String origin) {

  public Caller {
    roles = Set.copyOf(roles);
    locales = Set.copyOf(locales);
  }

  /** A caller whose network origin is not known (start-up jobs, tests). */
  public Caller(
      String userId, String username, Set<Role> roles, Set<String> locales, String tokenId) {
    this(userId, username, roles, locales, tokenId, null);
  }

  /** The same caller, seen coming from {@code address} (for the audit trail). */
  public Caller from(String address) {
    return new Caller(userId, username, roles, locales, tokenId, address);
  }

  /** The identity of start-up jobs (built-in types, demo data). */
  public static Caller system() {
    return new Caller("system", "system", Set.of(Role.ADMIN), Set.of(), null);
  }

  public boolean hasRole(Role role) {
    return roles.contains(Role.ADMIN) || roles.contains(role);
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }
}
