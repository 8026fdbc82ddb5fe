package no.ordna.cms.webhook.application;

import java.time.Instant;
import java.util.List;
import no.ordna.cms.webhook.domain.Delivery;
import no.ordna.cms.webhook.domain.DeliveryAttempt;
import no.ordna.cms.webhook.domain.OutboxEvent;

/**
 * One delivery in a webhook's log: the event (id, type, number, when), where it stands, its tries
 * with status, duration and the first bytes of each answer, and (for one delivery) the payload.
 */
public record DeliveryView(
    String id,
    String eventId,
    String eventType,
    long seq,
    Instant occurredAt,
    String state,
    int attempts,
    Instant nextAttemptAt,
    Integer lastStatus,
    String lastError,
    Instant finishedAt,
    List<Attempt> log,
    String payload) {

  /** One try. */
  public record Attempt(
      int attempt,
      Instant at,
      int durationMs,
      Integer status,
      boolean success,
      String error,
      String response) {

    static Attempt of(DeliveryAttempt a) {
      return new Attempt(
          a.attempt(),
          a.startedAt(),
          a.durationMs(),
          a.statusCode(),
          a.success(),
          a.error(),
          a.response());
    }
  }

  static DeliveryView of(
      Delivery d, OutboxEvent event, List<DeliveryAttempt> attempts, boolean withPayload) {
    return new DeliveryView(
        d.id(),
        d.eventId(),
        event == null ? null : event.type().wireName(),
        d.seq(),
        event == null ? d.createdAt() : event.occurredAt(),
        d.state().wireName(),
        d.attempts(),
        d.nextAttemptAt(),
        d.lastStatus(),
        d.lastError(),
        d.finishedAt(),
        attempts.stream().map(Attempt::of).toList(),
        withPayload && event != null ? event.payload() : null);
  }
}
