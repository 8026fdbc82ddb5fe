package no.ordna.cms.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One event on its way to one subscriber: a webhook ({@code webhookId}) or a cache purge endpoint
 * ({@code purgeUrl}). Pending until the receiver answers 2xx (delivered) or the tries are used up
 * (dead); a dead or delivered one can be replayed, which makes it pending again with a fresh budget
 * of tries. While a dispatcher sends it, {@code nextAttemptAt} is the end of that dispatcher's
 * lease and {@code claim} names the claim, so a dispatcher that died mid-send is taken over after
 * it.
 */
@Entity
@Table(name = "webhook_delivery")
public class Delivery {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "event_id", nullable = false, length = 40)
  private String eventId;

  @Column(name = "seq", nullable = false)
  private long seq;

  @Column(name = "webhook_id", length = 36)
  private String webhookId;

  @Column(name = "purge_url", length = 2000)
  private String purgeUrl;

  @Column(name = "subject", nullable = false, length = 100)
  private String subject;

  @Column(name = "state", nullable = false, length = 16)
  private String state;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claim", length = 64)
  private String claim;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected Delivery() {}

  private Delivery(OutboxEvent event, String webhookId, String purgeUrl, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.eventId = event.id();
    this.seq = event.seq();
    this.webhookId = webhookId;
    this.purgeUrl = purgeUrl;
    this.subject = event.subject();
    this.state = DeliveryState.PENDING.wireName();
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  public static Delivery toWebhook(OutboxEvent event, String webhookId, Instant now) {
    return new Delivery(event, webhookId, null, now);
  }

  public static Delivery toPurge(OutboxEvent event, String purgeUrl, Instant now) {
    return new Delivery(event, null, purgeUrl, now);
  }

  /** Makes it pending again at once, with a fresh budget of tries. */
  public void replay(Instant now) {
    this.state = DeliveryState.PENDING.wireName();
    this.attempts = 0;
    this.nextAttemptAt = now;
    this.claim = null;
    this.finishedAt = null;
  }

  public String id() {
    return id;
  }

  public String eventId() {
    return eventId;
  }

  public long seq() {
    return seq;
  }

  public String webhookId() {
    return webhookId;
  }

  public String purgeUrl() {
    return purgeUrl;
  }

  public String subject() {
    return subject;
  }

  public DeliveryState state() {
    return DeliveryState.valueOf(state.toUpperCase(Locale.ROOT));
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Integer lastStatus() {
    return lastStatus;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }
}
