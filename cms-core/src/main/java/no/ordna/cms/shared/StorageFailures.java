package no.ordna.cms.shared;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
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
      if (cause instanceof OptimisticLockException || isDeadlock(cause)) {
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

  /**
   * A transaction the database rolled back to break a deadlock or a lock wait (SQL state class 40,
   * MariaDB errors 1213 and 1205): nothing was changed and the same request may simply be sent
   * again.
   */
  private static boolean isDeadlock(Throwable cause) {
    if (cause instanceof SQLTransactionRollbackException) {
      return true;
    }
    return cause instanceof SQLException sql
        && ((sql.getSQLState() != null && sql.getSQLState().startsWith("40"))
            || sql.getErrorCode() == 1213
            || sql.getErrorCode() == 1205);
  }
}
