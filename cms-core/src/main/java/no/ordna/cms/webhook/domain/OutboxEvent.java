package no.ordna.cms.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One event in the outbox, written in the transaction of the change it reports: its id (the {@code
 * webhook-id} receivers deduplicate by), its number (commit order), its type, the subject whose
 * events must arrive in order (an item, an asset, a type), the payload sent to webhooks, and the
 * surrogate keys a cache purge sends. Immutable.
 */
@Entity
@Table(name = "webhook_event")
public class OutboxEvent {

  @Id
  @Column(name = "id", length = 40)
  private String id;

  @Column(name = "seq", nullable = false)
  private long seq;

  @Column(name = "event_type", nullable = false, length = 40)
  private String eventType;

  @Column(name = "subject", nullable = false, length = 100)
  private String subject;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "purge_keys", nullable = false)
  private String purgeKeys;

  @Column(name = "payload", nullable = false)
  private String payload;

  protected OutboxEvent() {}

  public OutboxEvent(
      String id,
      long seq,
      EventType type,
      String subject,
      Instant occurredAt,
      List<String> purgeKeys,
      String payload) {
    this.id = id;
    this.seq = seq;
    this.eventType = type.wireName();
    this.subject = subject;
    this.occurredAt = occurredAt;
    this.purgeKeys = String.join(" ", purgeKeys);
    this.payload = payload;
  }

  /** A new event id in the form Standard Webhooks' examples use ({@code msg_…}). */
  public static String newId() {
    return "msg_" + UUID.randomUUID().toString().replace("-", "");
  }

  public String id() {
    return id;
  }

  public long seq() {
    return seq;
  }

  public EventType type() {
    return EventType.fromWireName(eventType).orElseThrow();
  }

  public String subject() {
    return subject;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public List<String> purgeKeys() {
    return purgeKeys.isBlank() ? List.of() : Arrays.asList(purgeKeys.split(" "));
  }

  public String payload() {
    return payload;
  }
}
