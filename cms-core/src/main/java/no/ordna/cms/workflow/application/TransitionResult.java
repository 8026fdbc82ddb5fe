package no.ordna.cms.workflow.application;

import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.workflow.domain.Transition;

/** The outcome of a transition: the item, the variant after it, and what was done. */
public record TransitionResult(ContentItem item, ContentVariant variant, Transition transition) {}
