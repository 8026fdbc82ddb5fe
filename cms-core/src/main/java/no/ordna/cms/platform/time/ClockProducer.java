package no.ordna.cms.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The one clock every service reads the time from (UTC), so that tests can steer time later. */
@ApplicationScoped
public class ClockProducer {

  @Produces
  Clock clock() {
    // Microseconds: what DATETIME(6) keeps, so a time read back equals the time written.
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
  }
}
