package no.ordna.cms.delivery.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.publishing.domain.PublicationLogEntry;
import no.ordna.cms.publishing.persistence.SnapshotRepository;

/**
 * Follows the publication log every two seconds and applies the changes this instance has not seen
 * yet (made on another instance whose message did not arrive, or while the data grid was off). This
 * bounds how stale an instance can be without cluster messaging, and lets a per-node index catch
 * up.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublicationLogFollower {

  private static final Logger LOG = Logger.getLogger(PublicationLogFollower.class.getName());
  private static final int BATCH = 500;

  @Inject SnapshotRepository snapshots;
  @Inject ChangeApplier applier;

  private final AtomicLong position = new AtomicLong();

  @PostConstruct
  void start() {
    position.set(snapshots.lastLogged());
  }

  /** The last log entry this instance has caught up with. */
  public long position() {
    return position.get();
  }

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  void follow() {
    try {
      catchUp();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not follow the publication log: " + e.getMessage(), e);
    }
  }

  /** Applies every entry after the current position. */
  public synchronized void catchUp() {
    List<PublicationLogEntry> entries;
    do {
      entries = snapshots.logAfter(position.get(), BATCH);
      for (PublicationLogEntry entry : entries) {
        if (!applier.takeApplied(entry.seq())) {
          applier.apply(entry.change());
          applier.takeApplied(entry.seq());
        }
        position.set(entry.seq());
      }
    } while (entries.size() == BATCH);
  }
}
