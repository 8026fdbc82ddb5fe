package no.ordna.cms.content.domain;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ordna.cms.shared.JsonDocuments;

/**
 * An immutable snapshot of a variant as saved: its localized fields and the item's shared fields at
 * that moment, who saved it, when, and why. Numbered from 1 per variant.
 */
@Entity
@Table(name = "content_revision")
public class ContentRevision {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "variant_id", nullable = false, length = 36)
  private String variantId;

  @Column(name = "item_id", nullable = false, length = 36)
  private String itemId;

  @Column(name = "locale", nullable = false, length = 16)
  private String locale;

  @Column(name = "number", nullable = false)
  private int number;

  @Column(name = "fields", nullable = false)
  private String fields;

  @Column(name = "shared_fields", nullable = false)
  private String sharedFields;

  @Column(name = "comment", length = 1000)
  private String comment;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  protected ContentRevision() {}

  public ContentRevision(ContentVariant variant, String comment) {
    this.id = java.util.UUID.randomUUID().toString();
    this.variantId = variant.id();
    this.itemId = variant.item().id();
    this.locale = variant.locale();
    this.number = variant.revision();
    this.fields = JsonDocuments.write(variant.fields());
    this.sharedFields = JsonDocuments.write(variant.item().sharedFields());
    this.comment = comment;
    this.createdAt = variant.updatedAt();
    this.createdBy = variant.updatedBy();
  }

  public int number() {
    return number;
  }

  public String locale() {
    return locale;
  }

  public JsonObject fields() {
    return JsonDocuments.parseObject(fields);
  }

  public JsonObject sharedFields() {
    return JsonDocuments.parseObject(sharedFields);
  }

  public String comment() {
    return comment;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
