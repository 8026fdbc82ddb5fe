package no.ordna.cms.identity.application;

import java.time.Instant;

/** A token as handed out once: the secret the client sends as {@code Bearer}, and its expiry. */
public record IssuedToken(String token, Instant expiresAt) {}
