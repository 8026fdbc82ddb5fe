package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertFalse;

import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after the other API tests on the shared server: its log must hold neither the
 * administrator's password nor the bearer token used throughout the run.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(SharedServer.class)
class SecretsInLogsIT {

  @Test
  void theLogHoldsNoPasswordOrTokenUsedInTheRun(CmsServer server, SharedServer.Info info) {
    String log = server.logText();

    assertFalse(log.contains(SharedServer.ADMIN_PASSWORD), "the admin password is in the log");
    assertFalse(log.contains(info.adminToken()), "a bearer token is in the log");
  }
}
