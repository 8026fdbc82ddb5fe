package no.ordna.cms.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One try of a delivery, for the delivery log: when, how long, the status code (none when no answer
 * came), success or failure, the error, and the first bytes of the answer. Immutable.
 */
@Entity
@Table(name = "webhook_attempt")
public class DeliveryAttempt {

  public static final String SUCCESS = "success";
  public static final String FAILURE = "failure";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "delivery_id", nullable = false, length = 36)
  private String deliveryId;

  @Column(name = "attempt", nullable = false)
  private int attempt;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "duration_ms", nullable = false)
  private int durationMs;

  @Column(name = "status_code")
  private Integer statusCode;

  @Column(name = "outcome", nullable = false, length = 16)
  private String outcome;

  @Column(name = "error", length = 500)
  private String error;

  @Column(name = "response", length = 1024)
  private String response;

  protected DeliveryAttempt() {}

  public DeliveryAttempt(
      String deliveryId,
      int attempt,
      Instant startedAt,
      long durationMs,
      Integer statusCode,
      boolean success,
      String error,
      String response) {
    this.id = UUID.randomUUID().toString();
    this.deliveryId = deliveryId;
    this.attempt = attempt;
    this.startedAt = startedAt;
    this.durationMs = (int) Math.min(Integer.MAX_VALUE, durationMs);
    this.statusCode = statusCode;
    this.outcome = success ? SUCCESS : FAILURE;
    this.error = cut(error, 500);
    this.response = cut(response, 1000);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public String deliveryId() {
    return deliveryId;
  }

  public int attempt() {
    return attempt;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public int durationMs() {
    return durationMs;
  }

  public Integer statusCode() {
    return statusCode;
  }

  public boolean success() {
    return SUCCESS.equals(outcome);
  }

  public String error() {
    return error;
  }

  public String response() {
    return response;
  }
}
