package no.ordna.cms.api.webhook;

import java.util.List;

/** Every webhook. */
public record WebhookListResponse(List<WebhookResponse> items) {}
