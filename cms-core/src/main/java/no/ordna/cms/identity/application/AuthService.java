package no.ordna.cms.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import no.ordna.cms.identity.domain.ApiToken;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.identity.domain.User;
import no.ordna.cms.identity.persistence.TokenRepository;
import no.ordna.cms.identity.persistence.UserRepository;
import no.ordna.cms.shared.UnauthorizedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signing in (password to token), checking a bearer token, and signing out. */
@ApplicationScoped
@Transactional
public class AuthService {

  private static final String LOGIN_FAILED = "Invalid username or password";
  private static final String TOKEN_INVALID = "The bearer token is missing, unknown or expired";

  @Inject UserRepository users;
  @Inject TokenRepository tokens;
  @Inject PasswordHashing passwords;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "cms.auth.token-ttl", defaultValue = "PT8H")
  Duration tokenTtl;

  /**
   * Issues a session token for valid credentials. Unknown users, wrong passwords and disabled
   * accounts all fail alike, in about the same time.
   */
  public IssuedToken login(String username, String password) {
    Optional<User> found = users.findByUsername(username);
    if (found.isEmpty()) {
      passwords.verifyAgainstDummy(password);
      throw new UnauthorizedException(LOGIN_FAILED);
    }
    User user = found.get();
    if (!passwords.verify(password, user.passwordHash()) || user.disabled()) {
      throw new UnauthorizedException(LOGIN_FAILED);
    }
    String secret = TokenSecrets.newSecret(32);
    Instant now = clock.instant();
    ApiToken token =
        new ApiToken(
            TokenSecrets.hash(secret),
            user.id(),
            ApiToken.KIND_SESSION,
            "sign-in",
            now,
            now.plus(tokenTtl));
    tokens.store(token);
    return new IssuedToken(secret, token.expiresAt());
  }

  /** The caller behind a bearer token, if the token is valid and its user enabled. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Caller authenticate(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 200) {
      throw new UnauthorizedException(TOKEN_INVALID);
    }
    ApiToken token =
        tokens
            .findByHash(TokenSecrets.hash(secret))
            .filter(t -> t.isValidAt(clock.instant()))
            .orElseThrow(() -> new UnauthorizedException(TOKEN_INVALID));
    User user =
        users
            .find(token.userId())
            .filter(u -> !u.disabled())
            .orElseThrow(() -> new UnauthorizedException(TOKEN_INVALID));
    return user.asCaller(token.id());
  }

  /** Revokes the token the caller used. */
  public void logout(Caller caller) {
    if (caller.tokenId() != null) {
      tokens.find(caller.tokenId()).ifPresent(t -> t.revoke(clock.instant()));
    }
  }
}
