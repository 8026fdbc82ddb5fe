/**
 * Who may use the management API: users with roles and locale grants ({@link
 * no.ordna.cms.identity.domain.User}, the aggregate root), their bearer tokens (opaque, expiring,
 * stored only as SHA-256 hashes) and the administrator created at first start. Passwords are kept
 * with Jakarta Security's salted PBKDF2 hash.
 */
package no.ordna.cms.identity;
