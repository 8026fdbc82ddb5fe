package no.ordna.cms.audit.domain;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.ordna.cms.shared.JsonDocuments;

/** One recorded action: immutable once written (no setters, no updates, no deletes). */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, length = 100)
  private String actor;

  @Column(name = "origin", length = 100)
  private String origin;

  @Column(name = "action", nullable = false, length = 64)
  private String action;

  @Column(name = "item_id", length = 36)
  private String itemId;

  @Column(name = "type_key", length = 64)
  private String typeKey;

  @Column(name = "locale", length = 16)
  private String locale;

  @Column(name = "revision")
  private Integer revision;

  @Column(name = "comment", length = 1000)
  private String comment;

  @Column(name = "detail")
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      String actor,
      String origin,
      String action,
      AuditSubject subject,
      String comment,
      JsonObject detail) {
    this.id = UUID.randomUUID().toString();
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.origin = origin == null || origin.length() <= 100 ? origin : origin.substring(0, 100);
    this.action = action;
    this.itemId = subject.itemId();
    this.typeKey = subject.typeKey();
    this.locale = subject.locale();
    this.revision = subject.revision();
    this.comment =
        comment == null || comment.length() <= 1000 ? comment : comment.substring(0, 1000);
    this.detail = detail == null ? null : JsonDocuments.write(detail);
  }

  public String id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String origin() {
    return origin;
  }

  public String action() {
    return action;
  }

  public AuditSubject subject() {
    return new AuditSubject(itemId, typeKey, locale, revision);
  }

  public String comment() {
    return comment;
  }

  public JsonObject detail() {
    return detail == null ? null : JsonDocuments.parseObject(detail);
  }
}
