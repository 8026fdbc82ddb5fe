package no.ordna.cms.publishing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One filterable value of a snapshot, indexed by field key and value. */
@Entity
@Table(name = "snapshot_field")
public class SnapshotField {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "snapshot_id", nullable = false)
  private Snapshot snapshot;

  @Column(name = "field_key", nullable = false, length = 64)
  private String fieldKey;

  @Column(name = "value_text", length = 255)
  private String valueText;

  @Column(name = "value_number")
  private Double valueNumber;

  @Column(name = "value_time")
  private Instant valueTime;

  protected SnapshotField() {}

  SnapshotField(Snapshot snapshot, IndexValue value) {
    this.id = UUID.randomUUID().toString();
    this.snapshot = snapshot;
    this.fieldKey = value.field();
    this.valueText = value.text();
    this.valueNumber = value.number();
    this.valueTime = value.time();
  }
}
