package no.ordna.cms.identity.application;

import java.util.Set;
import no.ordna.cms.identity.domain.Role;

/** A new user as an administrator describes it; locales and types are checked by the caller. */
public record UserDraft(
    String username,
    String password,
    Set<Role> roles,
    Set<String> locales,
    Set<String> contentTypes) {}
