package no.ordna.cms.content.domain;

/** An item came back from the trash as unpublished drafts. Raised inside the transaction. */
public record ContentRestored(String itemId, String typeKey) {}
