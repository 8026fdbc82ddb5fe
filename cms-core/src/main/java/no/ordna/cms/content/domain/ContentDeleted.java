package no.ordna.cms.content.domain;

/** Raised inside the deleting transaction, before the item and its variants are removed. */
public record ContentDeleted(String itemId, String typeKey) {}
