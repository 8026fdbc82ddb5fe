package no.ordna.cms.identity.application;

/**
 * What an administrator's password reset answers: the user as it is now (its new version, so its
 * new ETag) and the generated password, shown once ({@code null} when the administrator gave one).
 */
public record PasswordReset(UserDetails user, String generatedPassword) {}
