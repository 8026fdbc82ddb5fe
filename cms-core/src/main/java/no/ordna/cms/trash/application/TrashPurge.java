package no.ordna.cms.trash.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.identity.domain.Role;

/** Purges the trash of items past their retention period, every hour. */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class TrashPurge {

  private static final Logger LOG = Logger.getLogger(TrashPurge.class.getName());
  private static final Caller PURGE =
      new Caller("trash", "trash-purge", Set.of(Role.ADMIN), Set.of(), null, "scheduler");

  @Inject TrashService trash;

  @Schedule(minute = "41", hour = "*", persistent = false)
  void purge() {
    try {
      int purged = trash.purgeExpired(PURGE);
      if (purged > 0) {
        LOG.info("Purged " + purged + " items from the trash");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not purge the trash: " + e.getMessage(), e);
    }
  }
}
