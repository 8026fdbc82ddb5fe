package no.ordna.cms.contenttype.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One immutable version of a type's definition, with the list of changes that made it. */
@Entity
@Table(name = "content_type_version")
public class ContentTypeVersion {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "type_id", nullable = false, length = 36)
  private String typeId;

  @Column(name = "definition_version", nullable = false)
  private int definitionVersion;

  @Column(name = "definition", nullable = false)
  private String definition;

  @Column(name = "changes", nullable = false)
  private String changes;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  protected ContentTypeVersion() {}

  public ContentTypeVersion(
      String typeId,
      int definitionVersion,
      String definition,
      String changes,
      Instant createdAt,
      String createdBy) {
    this.id = java.util.UUID.randomUUID().toString();
    this.typeId = typeId;
    this.definitionVersion = definitionVersion;
    this.definition = definition;
    this.changes = changes;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public int definitionVersion() {
    return definitionVersion;
  }

  public String definition() {
    return definition;
  }

  public String changes() {
    return changes;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
