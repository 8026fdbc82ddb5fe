package no.ordna.cms.workflow.application;

import java.util.Set;
import no.ordna.cms.content.domain.VariantStatus;
import no.ordna.cms.workflow.domain.Transition;

/**
 * A variant's workflow state, the transitions that state allows, and those of them a caller's role,
 * types and locales let them take.
 */
public record TransitionOptions(
    VariantStatus status, Set<Transition> allowed, Set<Transition> permitted) {}
