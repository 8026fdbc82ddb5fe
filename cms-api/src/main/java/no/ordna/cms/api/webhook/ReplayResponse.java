package no.ordna.cms.api.webhook;

/** How many deliveries were made pending again. */
public record ReplayResponse(int replayed) {}
