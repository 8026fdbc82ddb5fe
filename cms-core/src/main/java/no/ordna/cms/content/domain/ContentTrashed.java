package no.ordna.cms.content.domain;

/**
 * An item was moved to the trash (its published locales were unpublished first). Raised inside the
 * transaction, so observers that write in it (the webhook outbox) commit or roll back with it.
 */
public record ContentTrashed(String itemId, String typeKey) {}
