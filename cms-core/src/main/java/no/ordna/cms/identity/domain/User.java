package no.ordna.cms.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person (or an integration's owner) who signs in to the management API. Usernames are unique and
 * compared in lower case; the password is held only as a PBKDF2 hash.
 */
@Entity
@Table(name = "app_user")
public class User {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  /** The longest user name (the column's width). */
  public static final int MAX_USERNAME_LENGTH = 100;

  @Column(name = "username", nullable = false, length = MAX_USERNAME_LENGTH)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(name = "roles", nullable = false, length = 500)
  private String roles;

  @Column(name = "locales", nullable = false, length = 500)
  private String locales;

  @Column(name = "content_types", nullable = false, length = 1000)
  private String contentTypes = "";

  @Column(name = "disabled", nullable = false)
  private boolean disabled;

  @Column(name = "ui_language", length = 8)
  private String uiLanguage;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected User() {}

  public User(
      String username, String passwordHash, Set<Role> roles, Set<String> locales, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.username = normaliseUsername(username);
    this.passwordHash = passwordHash;
    this.roles = encodeRoles(roles);
    this.locales = String.join(",", new TreeSet<>(locales));
    this.createdAt = now;
    this.updatedAt = now;
  }

  public static String normaliseUsername(String username) {
    return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
  }

  private static String encodeRoles(Set<Role> roles) {
    return roles.stream().map(Role::wireName).sorted().collect(Collectors.joining(","));
  }

  public String id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean disabled() {
    return disabled;
  }

  public Set<Role> roles() {
    Set<Role> set = EnumSet.noneOf(Role.class);
    Arrays.stream(roles.split(","))
        .map(Role::fromWireName)
        .flatMap(java.util.Optional::stream)
        .forEach(set::add);
    return set;
  }

  public Set<String> locales() {
    return locales.isEmpty() ? Set.of() : Set.of(locales.split(","));
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Set<String> contentTypes() {
    return contentTypes.isEmpty() ? Set.of() : Set.of(contentTypes.split(","));
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * A strong entity tag (with its quotes) of this version of the user: it changes with every stored
   * change (rights, state, password, preferences).
   */
  public String etag() {
    return "\"u" + version + "-" + id.substring(0, 8) + "\"";
  }

  public Caller asCaller(String tokenId) {
    return new Caller(id, username, roles(), locales(), contentTypes(), tokenId, null);
  }

  /** Gives the user new rights: roles, locale grants and content-type limits. */
  public void grant(Set<Role> newRoles, Set<String> newLocales, Set<String> newTypes, Instant now) {
    this.roles = encodeRoles(newRoles);
    this.locales = String.join(",", new TreeSet<>(newLocales));
    this.contentTypes = String.join(",", new TreeSet<>(newTypes));
    this.updatedAt = now;
  }

  /** Disables the user: its tokens stop working at once. */
  public void disable(Instant now) {
    this.disabled = true;
    this.updatedAt = now;
  }

  public void enable(Instant now) {
    this.disabled = false;
    this.updatedAt = now;
  }

  public void changePasswordHash(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.updatedAt = now;
  }

  /** The language the user chose for the editorial app; empty for the app's default. */
  public java.util.Optional<String> uiLanguage() {
    return java.util.Optional.ofNullable(uiLanguage);
  }

  /** Chooses the editorial app's language ({@code null}: the app's default). */
  public void chooseUiLanguage(String language, Instant now) {
    this.uiLanguage = language;
    this.updatedAt = now;
  }
}
