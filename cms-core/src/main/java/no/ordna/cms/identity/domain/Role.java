package no.ordna.cms.identity.domain;

import java.util.Locale;
import java.util.Optional;

/** What a user may do in the management API; {@link #ADMIN} may do everything. */
public enum Role {
  ADMIN,
  EDITOR,
  PUBLISHER,
  TRANSLATOR,
  VIEWER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromWireName(String name) {
    for (Role role : values()) {
      if (role.wireName().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
