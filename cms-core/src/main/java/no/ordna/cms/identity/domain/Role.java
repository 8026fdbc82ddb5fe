package no.ordna.cms.identity.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do in the management API; {@link #ADMIN} may do everything. {@link #WEBHOOKS} is
 * granted only to machine tokens (scope {@code manage:webhooks}), never to users: it manages
 * webhooks and reaches nothing else.
 */
public enum Role {
  ADMIN,
  EDITOR,
  PUBLISHER,
  TRANSLATOR,
  VIEWER,
  WEBHOOKS;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A role a user can have, by its wire name (never a machine-only role). */
  public static Optional<Role> fromWireName(String name) {
    for (Role role : values()) {
      if (role != WEBHOOKS && role.wireName().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
