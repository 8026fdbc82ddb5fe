package no.ordna.cms.identity.application;

import no.ordna.cms.identity.domain.ApiToken;

/** A new machine token and its secret, which is shown only this once. */
public record IssuedMachineToken(ApiToken token, String secret) {}
