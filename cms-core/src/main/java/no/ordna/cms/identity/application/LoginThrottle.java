package no.ordna.cms.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.ordna.cms.shared.TooManyRequestsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after {@code cms.auth.login.max-failures-per-user} failed sign-ins
 * for one username (default 5), or {@code cms.auth.login.max-failures-per-address} from one address
 * (default 20), within {@code cms.auth.login.window} (default 15 minutes), further attempts are
 * refused with 429 and Retry-After until the oldest failure leaves the window. Unknown usernames
 * count like known ones. Kept per instance, in memory.
 */
@ApplicationScoped
public class LoginThrottle {

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "cms.auth.login.max-failures-per-user", defaultValue = "5")
  int perUser;

  @Inject
  @ConfigProperty(name = "cms.auth.login.max-failures-per-address", defaultValue = "20")
  int perAddress;

  @Inject
  @ConfigProperty(name = "cms.auth.login.window", defaultValue = "PT15M")
  Duration window;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  /** Refuses the attempt when the username or the address has failed too often lately. */
  public void check(String username, String address) {
    Instant now = clock.instant();
    check("user:" + username, perUser, now);
    if (address != null) {
      check("address:" + address, perAddress, now);
    }
  }

  private void check(String key, int limit, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return;
    }
    synchronized (times) {
      prune(times, now);
      if (times.size() >= limit) {
        long wait =
            Math.max(1, Duration.between(now, times.peekFirst().plus(window)).toSeconds() + 1);
        throw new TooManyRequestsException(
            "Too many failed sign-ins; try again in " + wait + " seconds", wait);
      }
    }
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    record("user:" + username, now);
    if (address != null) {
      record("address:" + address, now);
    }
    if (failures.size() > 100_000) {
      failures.entrySet().removeIf(e -> e.getValue().isEmpty());
    }
  }

  public void succeeded(String username) {
    failures.remove("user:" + username);
  }

  private void record(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
    }
  }

  private void prune(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
      times.removeFirst();
    }
  }
}
