package no.ordna.cms.content.application;

/** The outcome of a save: the item, the saved variant, and whether the variant is new. */
public record SavedVariant(ContentItemView item, ContentVariantView variant, boolean created) {}
