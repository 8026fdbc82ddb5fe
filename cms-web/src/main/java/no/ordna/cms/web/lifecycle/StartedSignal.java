package no.ordna.cms.web.lifecycle;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Tells the launcher, which runs Payara Micro in the same JVM, that the application is deployed:
 * the system property {@value #PROPERTY} is {@code true} while it is. A deployment that fails (a
 * database that cannot be reached or migrated at start-up, for one) leaves it unset, and the
 * launcher then stops the process instead of leaving a server without the application running.
 */
@WebListener
public class StartedSignal implements ServletContextListener {

  /** The same name as the launcher's {@code CmsLauncher.STARTED}. */
  public static final String PROPERTY = "cms.application.started";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    System.setProperty(PROPERTY, "true");
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    System.clearProperty(PROPERTY);
  }
}
