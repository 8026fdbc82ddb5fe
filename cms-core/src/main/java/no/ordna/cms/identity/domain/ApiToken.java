package no.ordna.cms.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A bearer token. Only the SHA-256 hash of the secret is stored; the secret itself is shown once,
 * when the token is made. A token is valid until it expires or is revoked.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  /** Tokens a user gets by signing in. */
  public static final String KIND_SESSION = "session";

  /** Tokens that let a front end read drafts through the delivery API (preview). */
  public static final String KIND_PREVIEW = "preview";

  /** Tokens for front ends and integrations, made by an administrator, with scopes. */
  public static final String KIND_MACHINE = "machine";

  /** The scope of preview tokens. */
  public static final String SCOPE_PREVIEW = "delivery:preview";

  /** Machine scopes and the management role each grants. */
  public static final java.util.Map<String, Role> MANAGEMENT_SCOPES =
      java.util.Map.of(
          "manage:read",
          Role.VIEWER,
          "manage:write",
          Role.EDITOR,
          "manage:publish",
          Role.PUBLISHER,
          "manage:webhooks",
          Role.WEBHOOKS);

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "kind", nullable = false, length = 16)
  private String kind;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "scopes", nullable = false, length = 500)
  private String scopes;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  public ApiToken(
      String tokenHash, String userId, String kind, String name, Instant now, Instant expiresAt) {
    this(tokenHash, userId, kind, name, "", now, expiresAt);
  }

  public ApiToken(
      String tokenHash,
      String userId,
      String kind,
      String name,
      String scopes,
      Instant now,
      Instant expiresAt) {
    this.id = UUID.randomUUID().toString();
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.kind = kind;
    this.name = name;
    this.scopes = scopes;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public String id() {
    return id;
  }

  /** The scopes as granted ("delivery:preview", "manage:read", …). */
  public String scopeList() {
    return scopes;
  }

  public String userId() {
    return userId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public String kind() {
    return kind;
  }

  public java.util.Set<String> scopes() {
    return scopes.isEmpty() ? java.util.Set.of() : java.util.Set.of(scopes.split(" "));
  }

  /** For preview tokens: the content types it may read (empty: all). */
  public java.util.Set<String> previewTypes() {
    return name.startsWith("types:") && name.length() > 6
        ? java.util.Set.of(name.substring(6).split(","))
        : java.util.Set.of();
  }

  /** For machine tokens: the management roles its scopes grant (none for other tokens). */
  public java.util.Set<Role> managementRoles() {
    if (!KIND_MACHINE.equals(kind)) {
      return java.util.Set.of();
    }
    java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
    scopes()
        .forEach(
            s -> {
              if (MANAGEMENT_SCOPES.containsKey(s)) roles.add(MANAGEMENT_SCOPES.get(s));
            });
    return roles;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public boolean isValidAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }
}
