package no.ordna.cms.webhook.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wakes the dispatcher at start-up (events left in the outbox by a stop or a crash go out at once)
 * and every second (retries that fell due, events written on other instances), and clears the
 * delivery log of what is older than its retention every hour.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookTimer {

  private static final Logger LOG = Logger.getLogger(WebhookTimer.class.getName());

  @Inject WebhookDispatcher dispatcher;
  @Inject DeliveryClaims claims;

  @PostConstruct
  void start() {
    dispatcher.wake();
  }

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  void tick() {
    dispatcher.wake();
  }

  @Schedule(second = "17", minute = "7", hour = "*", persistent = false)
  void cleanUp() {
    try {
      int deleted = claims.cleanUp();
      if (deleted > 0) {
        LOG.info("Deleted " + deleted + " finished webhook events past their retention");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not clean up the webhook log: " + e.getMessage(), e);
    }
  }
}
