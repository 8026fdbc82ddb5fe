package no.ordna.cms.workflow.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.content.persistence.ContentRepository;
import no.ordna.cms.content.persistence.ContentRepository.DueSchedule;

/**
 * Runs due schedules every two seconds, and at start-up (so publishes missed while no instance was
 * running happen at once). Schedules live in the database; each due one is claimed with a
 * conditional update before it runs, so with several instances on one database it runs exactly
 * once.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScheduledTransitions {

  private static final Logger LOG = Logger.getLogger(ScheduledTransitions.class.getName());
  private static final int BATCH = 100;

  @Inject ContentRepository content;
  @Inject ScheduleRunner runner;
  @Inject Clock clock;

  /** Logged around the start-up run, so what it ran can be told apart from later runs. */
  static final String START_BEGUN = "Start-up run of schedules that fell due while none ran: begun";

  static final String START_DONE = "Start-up run of schedules that fell due while none ran: done";

  @PostConstruct
  void atStart() {
    LOG.info(START_BEGUN);
    tick();
    LOG.info(START_DONE);
  }

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  void tick() {
    try {
      run(false);
      run(true);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Scheduled publishing failed this time: " + e.getMessage(), e);
    }
  }

  private synchronized void run(boolean unpublish) {
    for (DueSchedule due : content.dueSchedules(unpublish, clock.instant(), BATCH)) {
      try {
        runner.run(due, unpublish);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Could not run the schedule of variant " + due.variantId() + ": " + e.getMessage(),
            e);
      }
    }
  }
}
