package no.ordna.cms.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.identity.domain.ApiToken;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.identity.domain.User;
import no.ordna.cms.identity.persistence.TokenRepository;
import no.ordna.cms.identity.persistence.UserRepository;
import no.ordna.cms.shared.InvalidInputException;
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
  @Inject LoginThrottle throttle;

  @Inject jakarta.enterprise.event.Event<IdentityEvent> audit;

  @Inject
  @ConfigProperty(name = "cms.auth.token-ttl", defaultValue = "PT8H")
  Duration tokenTtl;

  /**
   * Issues a session token for valid credentials. Unknown users, wrong passwords and disabled
   * accounts all fail alike, in about the same time.
   */
  public IssuedToken login(String username, String password, String address) {
    String name = User.normaliseUsername(username);
    if (name.length() > User.MAX_USERNAME_LENGTH) {
      // no account has such a name, and the throttle keeps no key of this size
      throw InvalidInputException.of(
          "username", "is longer than " + User.MAX_USERNAME_LENGTH + " characters");
    }
    Optional<User> signedIn =
        throttle.check(
            name,
            address,
            () -> {
              Optional<User> found = users.findByUsername(name);
              if (found.isEmpty()) {
                passwords.verifyAgainstDummy(password);
                return Optional.empty();
              }
              User candidate = found.get();
              return passwords.verify(password, candidate.passwordHash()) && !candidate.disabled()
                  ? found
                  : Optional.empty();
            });
    if (signedIn.isEmpty()) {
      audit.fire(IdentityEvent.signIn(name, address, false));
      throw new UnauthorizedException(LOGIN_FAILED);
    }
    audit.fire(IdentityEvent.signIn(name, address, true));
    User user = signedIn.get();
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
            // preview tokens read drafts through the delivery API and nothing else
            .filter(t -> ApiToken.KIND_SESSION.equals(t.kind()) || t.managementRoles().size() > 0)
            .orElseThrow(() -> new UnauthorizedException(TOKEN_INVALID));
    User user =
        users
            .find(token.userId())
            .filter(u -> !u.disabled())
            .orElseThrow(() -> new UnauthorizedException(TOKEN_INVALID));
    Caller caller = user.asCaller(token.id());
    if (ApiToken.KIND_MACHINE.equals(token.kind())) {
      // a machine token acts with the rights of its scopes, and never more than its owner has now:
      // only the scopes the owner's current roles cover, within the owner's locale and type limits
      return new Caller(
          user.id(),
          user.username() + "/" + token.name(),
          coveredRoles(token.managementRoles(), user.roles()),
          user.locales(),
          user.contentTypes(),
          token.id(),
          null);
    }
    return caller;
  }

  /** The roles of {@code scoped} that {@code owner}'s roles cover (an administrator covers all). */
  static Set<Role> coveredRoles(Set<Role> scoped, Set<Role> owner) {
    Set<Role> covered = java.util.EnumSet.noneOf(Role.class);
    for (Role role : scoped) {
      if (owner.contains(Role.ADMIN)
          || owner.contains(role)
          || (role == Role.VIEWER && !owner.isEmpty())) {
        covered.add(role);
      }
    }
    return covered;
  }

  /**
   * Makes a preview token for the caller: it lets a front end read drafts through the delivery API
   * (optionally only of some content types) until it expires.
   */
  public IssuedToken issuePreviewToken(
      Caller caller, Duration lifetime, java.util.Set<String> types) {
    String secret = TokenSecrets.newSecret(32);
    Instant now = clock.instant();
    String name =
        types.isEmpty() ? "preview" : "types:" + String.join(",", new java.util.TreeSet<>(types));
    ApiToken token =
        new ApiToken(
            TokenSecrets.hash(secret),
            caller.userId(),
            ApiToken.KIND_PREVIEW,
            name,
            ApiToken.SCOPE_PREVIEW,
            now,
            now.plus(lifetime));
    tokens.store(token);
    audit.fire(
        IdentityEvent.by(
            caller,
            "token.create-preview",
            "token",
            token.id(),
            no.ordna.cms.shared.Jsons.createObjectBuilder().add("name", name).build()));
    return new IssuedToken(secret, token.expiresAt());
  }

  /**
   * The content types whose unpublished assets and drafts a bearer token may see (an empty set:
   * every type), or nothing: a session token or a management machine token sees its owner's types;
   * a preview token its own types within its owner's current limits. A token whose owner is
   * disabled, or no longer has the rights the token was made with, sees nothing.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.Optional<Set<String>> previewScope(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 200) {
      return java.util.Optional.empty();
    }
    java.util.Optional<ApiToken> found =
        tokens.findByHash(TokenSecrets.hash(secret)).filter(t -> t.isValidAt(clock.instant()));
    if (found.isEmpty()) {
      return java.util.Optional.empty();
    }
    ApiToken token = found.get();
    java.util.Optional<User> owner = users.find(token.userId()).filter(u -> !u.disabled());
    if (owner.isEmpty() || owner.get().roles().isEmpty()) {
      return java.util.Optional.empty();
    }
    Set<String> ownerTypes = owner.get().contentTypes();
    if (ApiToken.KIND_SESSION.equals(token.kind())
        || !coveredRoles(token.managementRoles(), owner.get().roles()).isEmpty()) {
      return java.util.Optional.of(Set.copyOf(ownerTypes));
    }
    if (!token.scopes().contains(ApiToken.SCOPE_PREVIEW)) {
      return java.util.Optional.empty();
    }
    Set<String> tokenTypes = token.previewTypes();
    if (tokenTypes.isEmpty() || ownerTypes.isEmpty()) {
      return java.util.Optional.of(Set.copyOf(tokenTypes.isEmpty() ? ownerTypes : tokenTypes));
    }
    Set<String> both = new java.util.TreeSet<>(tokenTypes);
    both.retainAll(ownerTypes);
    return both.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Set.copyOf(both));
  }

  /** Revokes the token the caller used. */
  public void logout(Caller caller) {
    if (caller.tokenId() != null) {
      tokens.find(caller.tokenId()).ifPresent(t -> t.revoke(clock.instant()));
      audit.fire(IdentityEvent.by(caller, "auth.sign-out", "token", caller.tokenId(), null));
    }
  }
}
