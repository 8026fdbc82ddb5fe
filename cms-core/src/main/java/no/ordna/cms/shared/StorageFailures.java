package no.ordna.cms.shared;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;

/**
 * Recognises storage failures that are the client's business, not a fault: two updates of the same
 * thing at the same moment, or a unique value taken by a concurrent request.
 */
public final class StorageFailures {

  private StorageFailures() {}

  /** The conflict behind a failure (searched through its causes), if it is one. */
  public static Optional<ConflictException> asConflict(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException) {
        return Optional.of(
            new ConflictException(
                "concurrent-update",
                "Someone else changed this at the same moment; read it again and retry"));
      }
      if (cause instanceof SQLIntegrityConstraintViolationException
          || (cause instanceof PersistenceException
              && String.valueOf(cause.getMessage()).toLowerCase().contains("duplicate"))) {
        return Optional.of(
            new ConflictException("duplicate", "A value that must be unique is already taken"));
      }
    }
    return Optional.empty();
  }
}
