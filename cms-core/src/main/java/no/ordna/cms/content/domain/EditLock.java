package no.ordna.cms.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An advisory editing lock on a variant: who opened it for editing, since when, and until when the
 * lock holds unless renewed. It warns a second editor; it does not stop a save (the ETag rule
 * protects the data).
 */
@Entity
@Table(name = "edit_lock")
public class EditLock {

  @Id
  @Column(name = "variant_id", length = 36)
  private String variantId;

  @Column(name = "holder", nullable = false, length = 100)
  private String holder;

  @Column(name = "acquired_at", nullable = false)
  private Instant acquiredAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected EditLock() {}

  public EditLock(String variantId, String holder, Instant now, Instant expiresAt) {
    this.variantId = variantId;
    this.holder = holder;
    this.acquiredAt = now;
    this.expiresAt = expiresAt;
  }

  public boolean isActiveAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  /** Renews the lock for its holder, or hands it to another (taking over, or after expiry). */
  public void grant(String to, Instant now, Instant until) {
    if (!to.equals(holder) || !isActiveAt(now)) {
      this.acquiredAt = now;
    }
    this.holder = to;
    this.expiresAt = until;
  }

  public String variantId() {
    return variantId;
  }

  public String holder() {
    return holder;
  }

  public Instant acquiredAt() {
    return acquiredAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
