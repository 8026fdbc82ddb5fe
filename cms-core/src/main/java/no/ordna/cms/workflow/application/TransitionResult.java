package no.ordna.cms.workflow.application;

import no.ordna.cms.content.application.ContentItemView;
import no.ordna.cms.content.application.ContentVariantView;
import no.ordna.cms.workflow.domain.Transition;

/** The outcome of a transition: the item, the variant after it, and what was done. */
public record TransitionResult(
    ContentItemView item, ContentVariantView variant, Transition transition) {}
