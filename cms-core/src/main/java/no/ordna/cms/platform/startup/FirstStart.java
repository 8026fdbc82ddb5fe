package no.ordna.cms.platform.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
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

  @Resource(lookup = "java:app/jdbc/cms")
  DataSource dataSource;

  @Inject Clock clock;
  @Inject @Any Instance<FirstStartTask> tasks;

  @Inject
  @ConfigProperty(name = "cms.startup.lock-wait", defaultValue = "PT15M")
  Duration maxWait;

  @PostConstruct
  void runTasks() {
    try (HeldLease held = HeldLease.take(dataSource, LEASE, "first-start work", maxWait, clock)) {
      tasks.stream()
          .sorted(Comparator.comparingInt(FirstStartTask::order))
          .forEach(FirstStartTask::run);
    }
  }
}
