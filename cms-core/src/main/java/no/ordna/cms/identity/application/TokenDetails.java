package no.ordna.cms.identity.application;

import java.time.Instant;
import java.util.List;
import no.ordna.cms.identity.domain.ApiToken;

/** A token as the use cases list it: what it is and may do, never its secret or hash. */
public record TokenDetails(
    String id,
    String kind,
    String name,
    List<String> scopes,
    Instant createdAt,
    Instant expiresAt) {

  static TokenDetails of(ApiToken token) {
    return new TokenDetails(
        token.id(),
        token.kind(),
        token.name(),
        token.scopes().stream().sorted().toList(),
        token.createdAt(),
        token.expiresAt());
  }
}
