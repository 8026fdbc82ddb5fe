package no.ordna.cms.identity.application;

import jakarta.json.JsonObject;
import no.ordna.cms.identity.domain.Caller;

/**
 * Something that happened to users, tokens or sessions, told to whoever keeps the audit trail
 * (observed synchronously, in the transaction of the change). A sign-in is told {@code standalone}:
 * a refused one rolls its own work back, and must be kept anyway.
 *
 * @param actor who did it (for a sign-in: the user name given)
 * @param origin the client's address, if known
 * @param kind what it was done to ({@code user}, {@code token}), or null
 */
public record IdentityEvent(
    String actor,
    String origin,
    String action,
    String kind,
    String id,
    JsonObject detail,
    boolean standalone) {

  static IdentityEvent by(Caller caller, String action, String kind, String id, JsonObject detail) {
    return new IdentityEvent(caller.username(), caller.origin(), action, kind, id, detail, false);
  }

  static IdentityEvent signIn(String username, String address, boolean success) {
    return new IdentityEvent(
        username,
        address,
        success ? "auth.sign-in" : "auth.sign-in-failed",
        null,
        null,
        null,
        true);
  }
}
