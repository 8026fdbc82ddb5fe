package no.ordna.cms.webhook.application;

import java.util.List;

/**
 * A delivery this instance holds for one try: which try it is, what to send (the event's id, type
 * and payload; the purge keys) and where (a webhook's URL and secret, or a purge URL).
 */
record ClaimedDelivery(
    String deliveryId,
    String claim,
    int attempt,
    String eventId,
    String eventType,
    String payload,
    List<String> purgeKeys,
    String url,
    String secret) {

  boolean purge() {
    return secret == null;
  }
}
