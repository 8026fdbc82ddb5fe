package no.ordna.cms.platform.database;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Turns off EclipseLink's own retry of a read that failed for lack of a database connection. By
 * default it tries again three times, five seconds apart, which holds a request for up to twenty
 * seconds when the database is gone; the container's pool already validates connections and
 * replaces broken ones, so the request fails at once and is answered 503 with {@code Retry-After}.
 * Named in {@code persistence.xml} ({@code eclipselink.session.customizer}).
 */
public class NoQueryRetries implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
