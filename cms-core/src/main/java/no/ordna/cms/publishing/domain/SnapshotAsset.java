package no.ordna.cms.publishing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** An asset that a snapshot uses (in an asset field, a list of them, or a block). */
@Entity
@Table(name = "snapshot_asset")
public class SnapshotAsset {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "snapshot_id", nullable = false)
  private Snapshot snapshot;

  @Column(name = "asset_id", nullable = false, length = 36)
  private String assetId;

  protected SnapshotAsset() {}

  SnapshotAsset(Snapshot snapshot, String assetId) {
    this.id = UUID.randomUUID().toString();
    this.snapshot = snapshot;
    this.assetId = assetId;
  }

  public String assetId() {
    return assetId;
  }
}
