package no.ordna.cms.identity.application;

/** A new machine token and its secret, which is shown only this once. */
public record IssuedMachineToken(TokenDetails token, String secret) {}
