package no.ordna.cms.publishing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** An item that a snapshot refers to (in a reference field, a list or a block). */
@Entity
@Table(name = "snapshot_reference")
public class SnapshotReference {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "snapshot_id", nullable = false)
  private Snapshot snapshot;

  @Column(name = "target_item_id", nullable = false, length = 36)
  private String targetItemId;

  protected SnapshotReference() {}

  SnapshotReference(Snapshot snapshot, String targetItemId) {
    this.id = UUID.randomUUID().toString();
    this.snapshot = snapshot;
    this.targetItemId = targetItemId;
  }

  public String targetItemId() {
    return targetItemId;
  }
}
