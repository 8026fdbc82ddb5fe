package no.ordna.cms.webhook.application;

/** A webhook just made (or given a new secret), with the secret: shown this once. */
public record CreatedWebhook(WebhookView webhook, String secret) {}
