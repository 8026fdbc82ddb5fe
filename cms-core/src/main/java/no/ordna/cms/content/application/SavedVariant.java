package no.ordna.cms.content.application;

import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;

/** The outcome of a save: the item, the saved variant, and whether the variant is new. */
public record SavedVariant(ContentItem item, ContentVariant variant, boolean created) {}
