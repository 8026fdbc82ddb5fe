package no.ordna.cms.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import no.ordna.cms.platform.cluster.DataGrid;
import no.ordna.cms.shared.TooManyRequestsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing without handing anyone a way to lock others out.
 *
 * <ul>
 *   <li>One user name from one client address may fail {@code cms.auth.login.max-failures-per-user}
 *       times (default 5) within {@code cms.auth.login.window} (default 15 minutes); further
 *       attempts of that pair get 429 with Retry-After until the oldest failure leaves the window.
 *       The same name from another address is not affected, so guesses at {@code admin} from one
 *       place never lock the real administrator out.
 *   <li>One client address may fail {@code cms.auth.login.max-failures-per-address} times (default
 *       20), whatever the names.
 * </ul>
 *
 * <p>Every attempt is counted <em>before</em> its password is checked, atomically with the check of
 * the limit ({@link #admit}); a success then takes its count back ({@link #succeeded}). So parallel
 * guesses cannot slip past the limit between a check and a record. The counters are bounded in
 * number and expire with the window; unknown user names count like known ones. Kept on the data
 * grid when instances share one ({@code CMS_CLUSTER_MEMBERS}), so that guesses spread over
 * instances behind a load balancer meet the same limits; otherwise in this instance's memory.
 */
@ApplicationScoped
public class LoginThrottle {

  /** How many counters are kept at most; the least recently used go first. */
  static final int MAX_KEYS = 100_000;

  @Inject Clock clock;
  @Inject DataGrid grid;

  @Inject
  @ConfigProperty(name = "cms.auth.login.max-failures-per-user", defaultValue = "5")
  int perUser;

  @Inject
  @ConfigProperty(name = "cms.auth.login.max-failures-per-address", defaultValue = "20")
  int perAddress;

  @Inject
  @ConfigProperty(name = "cms.auth.login.window", defaultValue = "PT15M")
  Duration window;

  private AttemptLedger windows;

  @PostConstruct
  void create() {
    windows =
        Optional.ofNullable(grid)
            .flatMap(DataGrid::instance)
            .<AttemptLedger>map(hazelcast -> new GridAttemptWindows(hazelcast, window, MAX_KEYS))
            .orElseGet(() -> new AttemptWindows(window, MAX_KEYS));
  }

  /**
   * The check of a password under the throttle: its verdict when it could decide (a value for a
   * right password, empty for a wrong one); it throws when it could not, e.g. because the database
   * that holds the password hash cannot be reached.
   */
  @FunctionalInterface
  public interface PasswordCheck<T> {
    Optional<T> verdict();
  }

  /**
   * Checks a password of {@code username} from {@code address} under the throttle, the one way
   * every path that takes a password does: the attempt is counted first (or refused with 429, and
   * then not checked at all); a right password takes its count back and forgives the pair's earlier
   * failures; a wrong one stays counted. A check that gives no verdict (it throws: the database
   * could not be reached, say) is not counted as a failure, so an outage locks no one out once it
   * is over; its exception goes on to the caller. Returns the check's verdict.
   */
  public <T> Optional<T> check(String username, String address, PasswordCheck<T> check) {
    Attempt attempt = admit(username, address);
    Optional<T> verdict;
    try {
      verdict = check.verdict();
    } catch (RuntimeException e) {
      undecided(attempt);
      throw e;
    }
    if (verdict.isPresent()) {
      succeeded(attempt);
    }
    return verdict;
  }

  /** An admitted attempt; give it back to {@link #succeeded} when the password was right. */
  record Attempt(String pairKey, String addressKey, Instant at) {}

  /**
   * Counts an attempt of {@code username} from {@code address}, or refuses it with 429 when the
   * pair or the address has failed too often lately (then nothing is counted).
   */
  Attempt admit(String username, String address) {
    Instant now = clock.instant();
    String where = address == null ? "-" : address;
    String pair = "pair:" + where + "|" + username;
    String addressKey = "address:" + where;
    Optional<Duration> pairWait = windows.tryAcquire(pair, perUser, now);
    if (pairWait.isPresent()) {
      throw refused(pairWait.get());
    }
    Optional<Duration> addressWait = windows.tryAcquire(addressKey, perAddress, now);
    if (addressWait.isPresent()) {
      windows.release(pair, now);
      throw refused(addressWait.get());
    }
    return new Attempt(pair, addressKey, now);
  }

  /** The attempt was right: it does not count, and the pair's earlier failures are forgiven. */
  void succeeded(Attempt attempt) {
    windows.reset(attempt.pairKey());
    windows.release(attempt.addressKey(), attempt.at());
  }

  /**
   * The attempt got no verdict (the password could not be checked: the database was unreachable):
   * it is not counted as a failure, so an outage does not lock people out once it is over.
   */
  void undecided(Attempt attempt) {
    windows.release(attempt.pairKey(), attempt.at());
    windows.release(attempt.addressKey(), attempt.at());
  }

  private static TooManyRequestsException refused(Duration wait) {
    long seconds = Math.max(1, wait.toSeconds() + 1);
    return new TooManyRequestsException(
        "Too many failed sign-ins; try again in " + seconds + " seconds", seconds);
  }
}
