package no.ordna.cms.platform.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A database lease this instance holds until {@link #close()}: taken (waiting while another
 * instance holds it), renewed in the background every 15 s while held, given back at the end. Used
 * around work that instances sharing one database must do one at a time at start-up: the schema
 * migrations and the first-start work. Works on MariaDB, on a Galera cluster (where the database's
 * own named locks, {@code GET_LOCK}, are per node) and on H2.
 */
public final class HeldLease implements AutoCloseable {

  static final Duration LEASE_TIME = Duration.ofSeconds(60);
  private static final Duration RENEW_EVERY = Duration.ofSeconds(15);
  private static final Logger LOG = Logger.getLogger(HeldLease.class.getName());

  /** The lease table, created before the migrations run (they run under a lease themselves). */
  static final String CREATE_TABLE =
      "CREATE TABLE IF NOT EXISTS cms_lease (name VARCHAR(64) NOT NULL, holder VARCHAR(100) NOT"
          + " NULL, expires_at DATETIME(6) NOT NULL, PRIMARY KEY (name)) ";

  private final DatabaseLease lease;
  private final String purpose;
  private ScheduledExecutorService renewer;

  private HeldLease(DatabaseLease lease, String purpose) {
    this.lease = lease;
    this.purpose = purpose;
  }

  /** Creates the lease table if it is missing (with MariaDB's table options, or none on H2). */
  public static void createTable(DataSource dataSource, String tableOptions) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute(CREATE_TABLE + tableOptions);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the lease table: " + e.getMessage(), e);
    }
  }

  /**
   * Takes the lease {@code name}, waiting at most {@code maxWait} while another instance holds it.
   *
   * @throws IllegalStateException when it could not be taken in time
   */
  public static HeldLease take(
      DataSource dataSource, String name, String purpose, Duration maxWait, Clock clock) {
    String holder =
        ProcessHandle.current().pid() + "@" + UUID.randomUUID().toString().substring(0, 8);
    DatabaseLease lease = new DatabaseLease(dataSource, name, holder, LEASE_TIME, clock);
    long started = System.nanoTime();
    boolean waited = false;
    try {
      while (!lease.tryAcquire()) {
        if (!waited) {
          LOG.info(
              "Another instance ("
                  + lease.currentHolder()
                  + ") is doing its "
                  + purpose
                  + "; waiting");
          waited = true;
        }
        if (System.nanoTime() - started > maxWait.toNanos()) {
          throw new IllegalStateException(
              "Waited " + maxWait + " for another instance's " + purpose + "; giving up");
        }
        Thread.sleep(250);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot take the lease for the " + purpose + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the " + purpose, e);
    }
    if (waited) {
      LOG.info(
          "Took the lease for the "
              + purpose
              + " after "
              + Duration.ofNanos(System.nanoTime() - started).toMillis()
              + " ms");
    }
    HeldLease held = new HeldLease(lease, purpose);
    held.renewer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "cms-lease-" + name);
              thread.setDaemon(true);
              return thread;
            });
    held.renewer.scheduleWithFixedDelay(
        held::renew, RENEW_EVERY.toMillis(), RENEW_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    return held;
  }

  private void renew() {
    try {
      if (!lease.renew()) {
        LOG.severe("Lost the lease for the " + purpose + " (it expired, another instance took it)");
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not renew the lease for the " + purpose, e);
    }
  }

  /** Gives the lease back. Safe to call more than once. */
  @Override
  public synchronized void close() {
    if (renewer == null) {
      return;
    }
    renewer.shutdownNow();
    renewer = null;
    try {
      lease.release();
    } catch (SQLException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Could not give the lease for the " + purpose + " back; it expires in " + LEASE_TIME,
          e);
    }
  }
}
