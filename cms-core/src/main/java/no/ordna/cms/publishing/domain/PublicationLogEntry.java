package no.ordna.cms.publishing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One numbered change of what is published: an item's locale published or unpublished, or an item
 * deleted. Instances follow the log in order to refresh caches and search indexes.
 */
@Entity
@Table(name = "publication_log")
public class PublicationLogEntry {

  @Id
  @Column(name = "seq")
  private long seq;

  @Column(name = "item_id", nullable = false, length = 36)
  private String itemId;

  @Column(name = "type_key", nullable = false, length = 64)
  private String typeKey;

  @Column(name = "locale", length = 16)
  private String locale;

  @Column(name = "action", nullable = false, length = 16)
  private String action;

  @Column(name = "logged_at", nullable = false)
  private Instant loggedAt;

  protected PublicationLogEntry() {}

  public PublicationLogEntry(long seq, PublicationChange change, Instant at) {
    this.seq = seq;
    this.itemId = change.itemId();
    this.typeKey = change.typeKey();
    this.locale = change.locale();
    this.action = change.action().name().toLowerCase(java.util.Locale.ROOT);
    this.loggedAt = at;
  }

  public long seq() {
    return seq;
  }

  public PublicationChange change() {
    return new PublicationChange(
        itemId,
        typeKey,
        locale,
        PublicationChange.Action.valueOf(action.toUpperCase(java.util.Locale.ROOT)),
        seq);
  }
}
