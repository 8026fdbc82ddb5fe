package no.ordna.cms.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live as long as the application is deployed and answering; the database is a readiness matter.
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    return HealthCheckResponse.named("application")
        .up()
        .withData("heapUsedBytes", runtime.totalMemory() - runtime.freeMemory())
        .withData("heapMaxBytes", runtime.maxMemory())
        .build();
  }
}
