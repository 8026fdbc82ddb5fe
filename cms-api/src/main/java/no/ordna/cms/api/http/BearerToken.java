package no.ordna.cms.api.http;

import java.util.Optional;

/**
 * The token of an {@code Authorization: Bearer <token>} header (RFC 6750; the scheme name in any
 * case), read at the edge so the core only ever sees the token itself.
 */
public final class BearerToken {

  private static final String PREFIX = "Bearer ";

  private BearerToken() {}

  /** The token, or empty for no header, another scheme, or nothing after the scheme. */
  public static Optional<String> from(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return Optional.empty();
    }
    String token = authorization.substring(PREFIX.length()).trim();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }
}
