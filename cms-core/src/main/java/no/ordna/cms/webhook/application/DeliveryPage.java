package no.ordna.cms.webhook.application;

import java.util.List;

/**
 * A page of a webhook's delivery log, newest first; {@code next} continues it (null at the end).
 */
public record DeliveryPage(List<DeliveryView> items, String next) {}
