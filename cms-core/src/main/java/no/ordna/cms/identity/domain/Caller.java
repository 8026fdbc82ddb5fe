package no.ordna.cms.identity.domain;

import java.util.Set;

/**
 * The authenticated caller of one request: who, with which roles, locale grants and content-type
 * limits, through which token, from which address. Services ask it what it may do and use it to
 * stamp who changed what.
 *
 * <p>Rights: an administrator may do everything. An editor creates and edits content in any locale
 * and submits it for review. A publisher approves, publishes, schedules and unpublishes — only in
 * its granted locales when it has any. A translator edits only the localized fields of its granted
 * locales. A viewer reads the management API. Assets: editors upload, change and delete them; a
 * translator changes their texts in its granted locales. Every right but the administrator's is
 * limited to the caller's content types when it has any.
 */
public record Caller(
    String userId,
    String username,
    Set<Role> roles,
    Set<String> locales,
    Set<String> contentTypes,
    String tokenId,
    String origin) {

  public Caller {
    roles = Set.copyOf(roles);
    locales = Set.copyOf(locales);
    contentTypes = Set.copyOf(contentTypes);
  }

  /** A caller with no content-type limits whose network origin is not known. */
  public Caller(
      String userId, String username, Set<Role> roles, Set<String> locales, String tokenId) {
    this(userId, username, roles, locales, Set.of(), tokenId, null);
  }

  /** A caller with no content-type limits. */
  public Caller(
      String userId,
      String username,
      Set<Role> roles,
      Set<String> locales,
      String tokenId,
      String origin) {
    this(userId, username, roles, locales, Set.of(), tokenId, origin);
  }

  /** The same caller, seen coming from {@code address} (for the audit trail). */
  public Caller from(String address) {
    return new Caller(userId, username, roles, locales, contentTypes, tokenId, address);
  }

  /** The identity of start-up jobs (built-in types, demo data). */
  public static Caller system() {
    return new Caller("system", "system", Set.of(Role.ADMIN), Set.of(), null);
  }

  public boolean hasRole(Role role) {
    return roles.contains(Role.ADMIN) || roles.contains(role);
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }

  private boolean typeAllowed(String type) {
    return contentTypes.isEmpty() || contentTypes.contains(type);
  }

  private boolean grantedLocale(String locale) {
    return locales.contains(locale);
  }

  /** Reading the management API (a token that may only manage webhooks may not). */
  public boolean mayRead() {
    return roles.stream().anyMatch(role -> role != Role.WEBHOOKS);
  }

  /** Webhooks and their delivery log: administrators, and machine tokens for it. */
  public boolean mayManageWebhooks() {
    return isAdmin() || roles.contains(Role.WEBHOOKS);
  }

  /** Reading a type's items through the management API: within the caller's type limits. */
  public boolean mayReadType(String type) {
    return mayRead() && typeAllowed(type);
  }

  /** Creating items of a type. */
  public boolean mayCreate(String type) {
    return isAdmin() || (roles.contains(Role.EDITOR) && typeAllowed(type));
  }

  /** Changing the localized values of a type's variant in a locale. */
  public boolean mayEditLocalized(String type, String locale) {
    return isAdmin()
        || (roles.contains(Role.EDITOR) && typeAllowed(type))
        || (roles.contains(Role.TRANSLATOR) && grantedLocale(locale) && typeAllowed(type));
  }

  /** Changing the shared values of a type's items. */
  public boolean mayEditShared(String type) {
    return isAdmin() || (roles.contains(Role.EDITOR) && typeAllowed(type));
  }

  /** Approving, publishing, scheduling and unpublishing a type's variants in a locale. */
  public boolean mayPublish(String type, String locale) {
    return isAdmin()
        || (roles.contains(Role.PUBLISHER)
            && typeAllowed(type)
            && (locales.isEmpty() || grantedLocale(locale)));
  }

  /** Moving a type's items to the trash and back. */
  public boolean mayDelete(String type) {
    return isAdmin() || (roles.contains(Role.EDITOR) && typeAllowed(type));
  }

  /** Uploading and deleting assets and changing their shared facts (focal point, file name). */
  public boolean mayManageAssets() {
    return isAdmin() || roles.contains(Role.EDITOR);
  }

  /** Changing assets' texts (title, alt text, caption, credit, licence) in a locale. */
  public boolean mayEditAssetTexts(String locale) {
    return mayManageAssets() || (roles.contains(Role.TRANSLATOR) && grantedLocale(locale));
  }

  /** Content types, locales and users. */
  public boolean mayAdminister() {
    return isAdmin();
  }

  /** Reading the audit trail. */
  public boolean mayReadAudit() {
    return isAdmin() || roles.contains(Role.EDITOR) || roles.contains(Role.PUBLISHER);
  }

  /** Making preview tokens. */
  public boolean mayPreview() {
    return isAdmin()
        || roles.contains(Role.EDITOR)
        || roles.contains(Role.PUBLISHER)
        || roles.contains(Role.TRANSLATOR);
  }
}
