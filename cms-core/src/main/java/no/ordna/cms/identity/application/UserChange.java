package no.ordna.cms.identity.application;

import java.util.Set;
import no.ordna.cms.identity.domain.Role;

/** A partial change of a user (null: unchanged). */
public record UserChange(
    Boolean disabled, Set<Role> roles, Set<String> locales, Set<String> contentTypes) {}
