package no.ordna.cms.contenttype.domain;

/** Raised inside the transaction that changes or deletes a content type's definition. */
public record TypeChanged(String typeKey) {}
