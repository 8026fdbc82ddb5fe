package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Secrets;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after the other tests (class order): the log of every server the run started must hold none
 * of the passwords, tokens and secrets the run used, as {@link Secrets} recorded them from every
 * request and answer of the test clients and every server's settings.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(SharedServer.class)
class SecretsInLogsIT {

  @Test
  void noLogHoldsAPasswordTokenOrSecretUsedInTheRun(CmsServer server, SharedServer.Info info)
      throws IOException {
    Set<String> secrets = Secrets.all();
    assertTrue(secrets.contains(SharedServer.ADMIN_PASSWORD), "the registry sees settings");
    assertTrue(secrets.contains(info.adminToken()), "the registry sees bearer tokens");
    Set<Path> logs = CmsServer.logs();
    assertTrue(logs.contains(server.log()), "the shared server's log is scanned");

    List<String> found = new ArrayList<>();
    for (Path log : logs) {
      String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      for (String secret : secrets) {
        if (text.contains(secret)) {
          found.add(
              log.getFileName()
                  + ": "
                  + secret.substring(0, 4)
                  + "… ("
                  + secret.length()
                  + " characters, line "
                  + text.substring(0, text.indexOf(secret)).lines().count()
                  + ")");
        }
      }
    }

    assertTrue(found.isEmpty(), "secrets in the logs (of " + secrets.size() + "): " + found);
  }
}
