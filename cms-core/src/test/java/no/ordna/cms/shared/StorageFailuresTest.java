package no.ordna.cms.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class StorageFailuresTest {

  @Test
  void aDeadlockDeepInsideWrappersIsAConcurrentUpdateToRetry() {
    var deadlock = new SQLException("Deadlock found when trying to get lock", "40001", 1213);
    var wrapped = new RuntimeException(new PersistenceException("flush failed", deadlock));
    assertEquals(
        "concurrent-update", StorageFailures.asConflict(wrapped).orElseThrow().problemType());
  }

  @Test
  void aLockWaitTimeoutAndADriverRollbackExceptionAreConcurrentUpdatesToo() {
    var timeout = new SQLException("Lock wait timeout exceeded", "HY000", 1205);
    assertEquals(
        "concurrent-update", StorageFailures.asConflict(timeout).orElseThrow().problemType());
    assertEquals(
        "concurrent-update",
        StorageFailures.asConflict(new SQLTransactionRollbackException("rolled back"))
            .orElseThrow()
            .problemType());
    assertEquals(
        "concurrent-update",
        StorageFailures.asConflict(new OptimisticLockException()).orElseThrow().problemType());
  }

  @Test
  void aUniqueKeyHitIsADuplicate() {
    var duplicate = new SQLIntegrityConstraintViolationException("Duplicate entry 'x'", "23000");
    assertEquals(
        "duplicate",
        StorageFailures.asConflict(new RuntimeException(duplicate)).orElseThrow().problemType());
  }

  @Test
  void otherFailuresAreNotConflicts() {
    assertTrue(
        StorageFailures.asConflict(new SQLException("Connection refused", "08001", 0)).isEmpty());
    assertTrue(StorageFailures.asConflict(new IllegalStateException("bug")).isEmpty());
  }

  @Test
  void anUnreachableDatabaseIsUnavailableWithARetryTime() {
    var refused = new SQLException("Could not connect: Connection refused", "08000", -1);
    var wrapped = new RuntimeException(new PersistenceException("query failed", refused));
    UnavailableException unavailable = StorageFailures.asUnavailable(wrapped).orElseThrow();
    assertEquals("database-unavailable", unavailable.problemType());
    assertEquals(503, unavailable.category().status());
    assertTrue(unavailable.retryAfterSeconds() > 0);
    assertTrue(
        StorageFailures.asUnavailable(new java.sql.SQLTransientConnectionException("timeout"))
            .isPresent());
    assertTrue(
        StorageFailures.asUnavailable(
                new SQLException(
                    "Error in allocating a connection. Cause: Connection could not be allocated"))
            .isPresent());
  }

  @Test
  void conflictsAndBugsAreNotUnavailability() {
    var deadlock = new SQLException("Deadlock found when trying to get lock", "40001", 1213);
    assertTrue(StorageFailures.asUnavailable(deadlock).isEmpty());
    assertTrue(StorageFailures.asUnavailable(new IllegalStateException("bug")).isEmpty());
  }
}
