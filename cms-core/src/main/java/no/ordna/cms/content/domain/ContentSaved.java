package no.ordna.cms.content.domain;

/**
 * Raised inside the saving transaction whenever a variant's values change (a save or a type
 * migration), so that dependent views (the preview snapshot) follow in the same transaction. {@code
 * locale} null means every variant of the item.
 */
public record ContentSaved(String itemId, String locale) {}
