package no.ordna.cms.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.identity.domain.ApiToken;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.identity.domain.User;
import no.ordna.cms.identity.persistence.TokenRepository;
import no.ordna.cms.identity.persistence.UserRepository;
import no.ordna.cms.shared.ConflictException;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.shared.UnauthorizedException;

/**
 * Users and their tokens: administrators create users, change their rights, disable them (their
 * tokens stop working at once) and reset passwords; every user changes its own password and sees
 * and revokes its own tokens; administrators make machine tokens with scopes.
 */
@ApplicationScoped
@Transactional
public class UserService {

  public static final Duration MAX_MACHINE_LIFETIME = Duration.ofDays(366);

  @Inject UserRepository users;
  @Inject TokenRepository tokens;
  @Inject PasswordHashing passwords;
  @Inject jakarta.enterprise.event.Event<IdentityEvent> audit;
  @Inject LoginThrottle throttle;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<UserDetails> list(Caller caller) {
    requireAdmin(caller);
    return users.list().stream().map(UserDetails::of).toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public UserDetails get(String id, Caller caller) {
    return UserDetails.of(find(id, caller));
  }

  private User find(String id, Caller caller) {
    if (!caller.mayAdminister() && !id.equals(caller.userId())) {
      throw new ForbiddenException("You may read only your own user");
    }
    return users
        .find(id)
        .orElseThrow(() -> new NotFoundException("unknown-user", "No user with id '" + id + "'"));
  }

  public UserDetails create(UserDraft draft, Caller caller) {
    requireAdmin(caller);
    String username = User.normaliseUsername(draft.username());
    if (username == null || !username.matches("[a-z0-9._@-]{1,100}")) {
      throw InvalidInputException.of("username", "must be 1-100 of a-z, 0-9, '.', '_', '@', '-'");
    }
    checkPassword(draft.password(), "password");
    if (draft.roles().isEmpty()) {
      throw InvalidInputException.of("roles", "give at least one role");
    }
    if (users.findByUsername(username).isPresent()) {
      throw new ConflictException("user-exists", "A user named '" + username + "' exists already");
    }
    User user =
        new User(
            username,
            passwords.hash(draft.password()),
            draft.roles(),
            draft.locales(),
            clock.instant());
    user.grant(draft.roles(), draft.locales(), draft.contentTypes(), clock.instant());
    users.store(user);
    users.flush();
    audit.fire(IdentityEvent.by(caller, "user.create", "user", user.id(), rights(user)));
    return UserDetails.of(user);
  }

  /**
   * Changes a user's rights or state; {@code expected} must name the user's current ETag (or be
   * {@code *}): 428 without, 412 when the user changed since the caller read it.
   */
  public UserDetails change(String id, UserChange change, ExpectedVersion expected, Caller caller) {
    requireAdmin(caller);
    User user = find(id, caller);
    expected.require("user", user.etag());
    Instant now = clock.instant();
    boolean losesAdmin =
        (change.disabled() != null && change.disabled() && !user.disabled())
            || (change.roles() != null && !change.roles().contains(Role.ADMIN));
    if (user.roles().contains(Role.ADMIN) && losesAdmin && enabledAdmins() <= 1) {
      throw new ConflictException("last-administrator", "This is the last enabled administrator");
    }
    if (change.roles() != null || change.locales() != null || change.contentTypes() != null) {
      Set<Role> roles = change.roles() == null ? user.roles() : change.roles();
      if (roles.isEmpty()) {
        throw InvalidInputException.of("roles", "give at least one role");
      }
      user.grant(
          roles,
          change.locales() == null ? user.locales() : change.locales(),
          change.contentTypes() == null ? user.contentTypes() : change.contentTypes(),
          now);
    }
    if (change.disabled() != null) {
      if (change.disabled()) {
        user.disable(now);
      } else {
        user.enable(now);
      }
    }
    audit.fire(
        IdentityEvent.by(
            caller,
            "user.change",
            "user",
            user.id(),
            no.ordna.cms.shared.Jsons.createObjectBuilder(rights(user))
                .add("disabled", user.disabled())
                .build()));
    users.flush();
    return UserDetails.of(user);
  }

  private long enabledAdmins() {
    return users.list().stream()
        .filter(u -> !u.disabled() && u.roles().contains(Role.ADMIN))
        .count();
  }

  /** The languages the editorial app speaks. */
  public static final java.util.List<String> UI_LANGUAGES = java.util.List.of("nb", "en");

  /** Sets the caller's own choice of the editorial app's language ({@code null}: the default). */
  public UserDetails chooseUiLanguage(Caller caller, String language) {
    if (language != null && !UI_LANGUAGES.contains(language)) {
      throw InvalidInputException.of("uiLanguage", "must be one of " + UI_LANGUAGES);
    }
    User user =
        users.find(caller.userId()).orElseThrow(() -> new UnauthorizedException("Sign in again"));
    user.chooseUiLanguage(language, clock.instant());
    users.flush();
    return UserDetails.of(user);
  }

  /**
   * Changes the caller's own password; its other sessions end. Guesses of the current password go
   * through the sign-in throttle under its rules (a check without a verdict is not a failure), so a
   * stolen session cannot try passwords faster than a sign-in.
   */
  public void changeOwnPassword(Caller caller, String current, String next) {
    User user =
        users.find(caller.userId()).orElseThrow(() -> new UnauthorizedException("Sign in again"));
    throttle
        .check(
            user.username(),
            caller.origin(),
            () -> Optional.of(user).filter(u -> passwords.verify(current, u.passwordHash())))
        .orElseThrow(
            () -> InvalidInputException.of("currentPassword", "is not your current password"));
    checkPassword(next, "newPassword");
    user.changePasswordHash(passwords.hash(next), clock.instant());
    tokens.activeOf(user.id(), clock.instant()).stream()
        .filter(t -> !t.id().equals(caller.tokenId()) && ApiToken.KIND_SESSION.equals(t.kind()))
        .forEach(t -> t.revoke(clock.instant()));
    audit.fire(IdentityEvent.by(caller, "user.change-own-password", "user", user.id(), null));
  }

  /**
   * Sets a new password (generated when none is given, and then returned once); sessions end.
   * {@code expected} must name the user's current ETag (or be {@code *}).
   */
  public PasswordReset resetPassword(
      String id, String given, ExpectedVersion expected, Caller caller) {
    requireAdmin(caller);
    User user = find(id, caller);
    expected.require("user", user.etag());
    String password = given == null ? TokenSecrets.newSecret(18) : given;
    checkPassword(password, "password");
    user.changePasswordHash(passwords.hash(password), clock.instant());
    tokens.activeOf(user.id(), clock.instant()).stream()
        .filter(t -> ApiToken.KIND_SESSION.equals(t.kind()))
        .forEach(t -> t.revoke(clock.instant()));
    audit.fire(IdentityEvent.by(caller, "user.reset-password", "user", user.id(), null));
    users.flush();
    return new PasswordReset(UserDetails.of(user), given == null ? password : null);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TokenDetails> ownTokens(Caller caller) {
    return tokens.activeOf(caller.userId(), clock.instant()).stream()
        .map(TokenDetails::of)
        .toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TokenDetails> machineTokens(Caller caller) {
    requireAdmin(caller);
    return tokens.activeMachineTokens(clock.instant()).stream().map(TokenDetails::of).toList();
  }

  /** Revokes one of the caller's tokens (an administrator: any token). */
  public void revoke(String tokenId, Caller caller) {
    ApiToken token =
        tokens
            .find(tokenId)
            .filter(t -> t.userId().equals(caller.userId()) || caller.mayAdminister())
            .orElseThrow(
                () ->
                    new NotFoundException("unknown-token", "No token '" + tokenId + "' of yours"));
    token.revoke(clock.instant());
    audit.fire(
        IdentityEvent.by(
            caller,
            "token.revoke",
            "token",
            token.id(),
            no.ordna.cms.shared.Jsons.createObjectBuilder().add("kind", token.kind()).build()));
  }

  /** A machine token with scopes, shown once. */
  public IssuedMachineToken issueMachineToken(
      String name, Set<String> scopes, Duration lifetime, Caller caller) {
    requireAdmin(caller);
    if (name == null || name.isBlank() || name.length() > 190) {
      throw InvalidInputException.of("name", "give a name of at most 190 characters");
    }
    for (String scope : scopes) {
      if (!ApiToken.MANAGEMENT_SCOPES.containsKey(scope) && !ApiToken.SCOPE_PREVIEW.equals(scope)) {
        throw InvalidInputException.of(
            "scopes",
            "unknown scope '"
                + scope
                + "'; known: delivery:preview, manage:read, manage:write, manage:publish,"
                + " manage:webhooks");
      }
    }
    if (scopes.isEmpty()) {
      throw InvalidInputException.of("scopes", "give at least one scope");
    }
    if (lifetime.isNegative()
        || lifetime.isZero()
        || lifetime.compareTo(MAX_MACHINE_LIFETIME) > 0) {
      throw InvalidInputException.of("expiresIn", "must be between PT1M and P366D");
    }
    String secret = TokenSecrets.newSecret(32);
    Instant now = clock.instant();
    ApiToken token =
        new ApiToken(
            TokenSecrets.hash(secret),
            caller.userId(),
            ApiToken.KIND_MACHINE,
            name.trim(),
            String.join(" ", new java.util.TreeSet<>(scopes)),
            now,
            now.plus(lifetime));
    tokens.store(token);
    audit.fire(
        IdentityEvent.by(
            caller,
            "token.create-machine",
            "token",
            token.id(),
            no.ordna.cms.shared.Jsons.createObjectBuilder()
                .add("name", token.name())
                .add("scopes", String.join(" ", new java.util.TreeSet<>(scopes)))
                .build()));
    return new IssuedMachineToken(TokenDetails.of(token), secret);
  }

  private static void checkPassword(String password, String path) {
    if (password == null
        || password.length() < PasswordHashing.MIN_PASSWORD_LENGTH
        || password.length() > 1000) {
      throw InvalidInputException.of(
          path, "must have " + PasswordHashing.MIN_PASSWORD_LENGTH + " to 1000 characters");
    }
  }

  private static jakarta.json.JsonObject rights(User user) {
    var roles = no.ordna.cms.shared.Jsons.createArrayBuilder();
    user.roles().stream().map(Role::wireName).sorted().forEach(roles::add);
    var locales = no.ordna.cms.shared.Jsons.createArrayBuilder();
    new java.util.TreeSet<>(user.locales()).forEach(locales::add);
    var types = no.ordna.cms.shared.Jsons.createArrayBuilder();
    new java.util.TreeSet<>(user.contentTypes()).forEach(types::add);
    return no.ordna.cms.shared.Jsons.createObjectBuilder()
        .add("username", user.username())
        .add("roles", roles)
        .add("locales", locales)
        .add("contentTypes", types)
        .build();
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.mayAdminister()) {
      throw new ForbiddenException("Only administrators manage users and machine tokens");
    }
  }
}
