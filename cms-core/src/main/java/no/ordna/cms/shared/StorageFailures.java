package no.ordna.cms.shared;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Recognises storage failures that are not faults of the product: two updates of the same thing at
 * the same moment, a unique value taken by a concurrent request (the client's business), or a
 * database that cannot be reached (the operator's).
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
   * The database cannot be reached (no connection could be opened or allocated, or it broke): the
   * request changed nothing and may be sent again later.
   */
  public static Optional<UnavailableException> asUnavailable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (isConnectionFailure(cause)) {
        return Optional.of(
            new UnavailableException(
                "database-unavailable",
                "The database cannot be reached at the moment; nothing was changed, try again",
                5));
      }
    }
    return Optional.empty();
  }

  private static boolean isConnectionFailure(Throwable cause) {
    if (cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException
        || cause instanceof java.net.ConnectException) {
      return true;
    }
    if (cause instanceof SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith("08")) {
      return true;
    }
    // The container's pool, when it cannot allocate a connection, says so only in its message.
    String message = String.valueOf(cause.getMessage());
    return cause instanceof SQLException && message.contains("Error in allocating a connection");
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
