package no.ordna.cms.content.application;

import java.time.Instant;
import no.ordna.cms.content.domain.EditLock;

/** Who holds a variant's editing lock, since when, and until when it holds unless renewed. */
public record EditLockView(String holder, Instant acquiredAt, Instant expiresAt) {

  static EditLockView of(EditLock lock) {
    return new EditLockView(lock.holder(), lock.acquiredAt(), lock.expiresAt());
  }
}
