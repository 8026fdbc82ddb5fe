package no.ordna.cms.webhook.application;

/**
 * Events were written to the outbox; observed after the commit to wake this instance's dispatcher.
 */
public record OutboxWritten(long seq) {}
