package no.ordna.cms.identity.application;

import java.time.Instant;
import java.util.List;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.identity.domain.User;

/**
 * A user as the use cases hand it out, read inside their transaction: rights in a stable order
 * (roles by wire name, locales and content types alphabetically), never the password hash; {@code
 * etag} is the version a change of the user must name in {@code If-Match}.
 */
public record UserDetails(
    String id,
    String username,
    List<String> roles,
    List<String> locales,
    List<String> contentTypes,
    boolean disabled,
    String uiLanguage,
    Instant createdAt,
    Instant updatedAt,
    String etag) {

  static UserDetails of(User user) {
    return new UserDetails(
        user.id(),
        user.username(),
        user.roles().stream().map(Role::wireName).sorted().toList(),
        user.locales().stream().sorted().toList(),
        user.contentTypes().stream().sorted().toList(),
        user.disabled(),
        user.uiLanguage().orElse(null),
        user.createdAt(),
        user.updatedAt(),
        user.etag());
  }
}
