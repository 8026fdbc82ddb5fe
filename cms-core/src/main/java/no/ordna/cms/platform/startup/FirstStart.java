package no.ordna.cms.platform.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serialises the first-start work of instances that start together on one database. That work is
 * check-then-act (no administrator yet? create one; no marker? install the built-in types; an empty
 * database? load the demo data), and two instances doing it at once both saw "not yet": they
 * created the same rows, and the second failed on a duplicate key or a deadlock and stopped. Now
 * every instance takes the database lease {@value #LEASE} after the migrations, runs the {@link
 * FirstStartTask}s in order (each commits its own transaction), and gives the lease back; the next
 * instance then finds the work done. The lease is renewed while held, so a slow first start (the
 * demo data) keeps it, and expires soon after its holder dies, so a crash does not block the
 * others.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstStart {

  static final String LEASE = "first-start";
  static final Duration LEASE_TIME = Duration.ofSeconds(60);
  private static final Duration RENEW_EVERY = Duration.ofSeconds(15);
  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

  @Resource(lookup = "java:app/jdbc/cms")
  DataSource dataSource;

  @Inject Clock clock;
  @Inject @Any Instance<FirstStartTask> tasks;

  @Inject
  @ConfigProperty(name = "cms.startup.lock-wait", defaultValue = "PT15M")
  Duration maxWait;

  private DatabaseLease lease;
  private ScheduledExecutorService renewer;

  @PostConstruct
  void runTasks() {
    acquire();
    try {
      tasks.stream()
          .sorted(Comparator.comparingInt(FirstStartTask::order))
          .forEach(FirstStartTask::run);
    } finally {
      release();
    }
  }

  private void acquire() {
    String holder =
        ProcessHandle.current().pid() + "@" + UUID.randomUUID().toString().substring(0, 8);
    lease = new DatabaseLease(dataSource, LEASE, holder, LEASE_TIME, clock);
    long started = System.nanoTime();
    long deadline = started + maxWait.toNanos();
    boolean logged = false;
    try {
      while (!lease.tryAcquire()) {
        if (!logged) {
          LOG.info(
              "Another instance ("
                  + lease.currentHolder()
                  + ") is doing its first-start work; waiting for it");
          logged = true;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "Waited "
                  + maxWait
                  + " for another instance's first-start work ("
                  + lease.currentHolder()
                  + "); giving up");
        }
        Thread.sleep(250);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the first-start lease: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the first-start lease", e);
    }
    if (logged) {
      LOG.info(
          "Took the first-start lease after "
              + Duration.ofNanos(System.nanoTime() - started).toMillis()
              + " ms");
    }
    renewer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "cms-first-start-lease");
              thread.setDaemon(true);
              return thread;
            });
    renewer.scheduleWithFixedDelay(
        this::renew, RENEW_EVERY.toMillis(), RENEW_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void renew() {
    try {
      if (!lease.renew()) {
        LOG.severe("Lost the first-start lease (it expired and another instance took it)");
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not renew the first-start lease: " + e.getMessage(), e);
    }
  }

  /** Gives the lease back. Safe to call more than once. */
  private synchronized void release() {
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
          "Could not give the first-start lease back; it expires in " + LEASE_TIME,
          e);
    }
  }

  @PreDestroy
  void shutdown() {
    release();
  }
}
