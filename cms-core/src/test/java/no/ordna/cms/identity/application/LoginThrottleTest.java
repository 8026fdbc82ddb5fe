package no.ordna.cms.identity.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.ordna.cms.shared.TooManyRequestsException;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MovableClock clock = new MovableClock();

  private LoginThrottle throttle(int perUser, int perAddress) {
    LoginThrottle throttle = new LoginThrottle();
    throttle.clock = clock;
    throttle.perUser = perUser;
    throttle.perAddress = perAddress;
    throttle.window = Duration.ofMinutes(15);
    throttle.create();
    return throttle;
  }

  private static void fail(LoginThrottle throttle, String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.admit(user, address); // admitted, then the password was wrong: nothing given back
    }
  }

  @Test
  void aUserNameIsRefusedFromTheAddressThatFailedButNotFromAnother() {
    LoginThrottle throttle = throttle(5, 100);
    fail(throttle, "admin", "203.0.113.9", 5);

    TooManyRequestsException refused =
        assertThrows(TooManyRequestsException.class, () -> throttle.admit("admin", "203.0.113.9"));
    assertTrue(refused.retryAfterSeconds() > 0 && refused.retryAfterSeconds() <= 901);
    assertDoesNotThrow(() -> throttle.admit("admin", "192.0.2.1"));
  }

  @Test
  void anAddressIsRefusedAfterItsLimitWhateverTheNames() {
    LoginThrottle throttle = throttle(5, 20);
    for (int i = 0; i < 20; i++) {
      throttle.admit("user" + i, "203.0.113.9");
    }

    assertThrows(TooManyRequestsException.class, () -> throttle.admit("fresh", "203.0.113.9"));
    assertDoesNotThrow(() -> throttle.admit("fresh", "192.0.2.1"));
  }

  @Test
  void aSuccessForgivesThePairsFailuresAndDoesNotCountAgainstTheAddress() {
    LoginThrottle throttle = throttle(5, 6);
    fail(throttle, "editor", "192.0.2.1", 4);
    throttle.succeeded(throttle.admit("editor", "192.0.2.1"));

    fail(throttle, "editor", "192.0.2.1", 1);
    // 4 + 1 failures from the address, the success not counted: one more fits the limit of 6
    assertDoesNotThrow(() -> throttle.admit("other", "192.0.2.1"));
    assertThrows(TooManyRequestsException.class, () -> throttle.admit("third", "192.0.2.1"));
  }

  @Test
  void failuresLeaveTheWindow() {
    LoginThrottle throttle = throttle(2, 100);
    fail(throttle, "admin", "192.0.2.1", 2);
    assertThrows(TooManyRequestsException.class, () -> throttle.admit("admin", "192.0.2.1"));

    clock.advance(Duration.ofMinutes(15).plusSeconds(1));

    assertDoesNotThrow(() -> throttle.admit("admin", "192.0.2.1"));
  }

  @Test
  void parallelGuessesCannotPassTheLimit() throws Exception {
    LoginThrottle throttle = throttle(5, 1_000);
    int threads = 64;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  throttle.admit("admin", "203.0.113.9");
                  return true;
                } catch (TooManyRequestsException e) {
                  return false;
                }
              }));
    }
    start.countDown();
    int admitted = 0;
    for (Future<Boolean> result : results) {
      admitted += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdownNow();

    assertEquals(5, admitted);
  }

  @Test
  void theCountersAreBoundedWhateverNamesArrive() {
    AttemptWindows windows = new AttemptWindows(Duration.ofMinutes(15), 1_000);
    Instant now = clock.instant();
    for (int i = 0; i < 20_000; i++) {
      windows.tryAcquire("pair:203.0.113.9|guess-" + i, 5, now);
    }

    assertTrue(windows.keys() <= 1_000, "keys kept: " + windows.keys());
  }

  /** A clock the test moves by hand. */
  /** A password check that cannot decide: the database holding the hash cannot be reached. */
  private static Optional<String> databaseGone() {
    throw new IllegalStateException("database-unavailable");
  }

  @Test
  void aCheckWithoutAVerdictIsNotCountedSoAnOutageLocksNoOneOut() {
    LoginThrottle throttle = throttle(2, 3);
    for (int i = 0; i < 10; i++) {
      assertThrows(
          IllegalStateException.class,
          () -> throttle.check("editor", "192.0.2.1", LoginThrottleTest::databaseGone),
          "the check's own failure goes on to the caller");
    }

    assertEquals(
        Optional.of("editor"),
        throttle.check("editor", "192.0.2.1", () -> Optional.of("editor")),
        "after the outage the right password is checked, not refused");
  }

  @Test
  void aWrongPasswordCountsAndARightOneForgivesThroughTheCheck() {
    LoginThrottle throttle = throttle(2, 100);
    assertEquals(Optional.empty(), throttle.check("admin", "192.0.2.1", Optional::empty));
    throttle.check("admin", "192.0.2.1", () -> Optional.of(1));
    throttle.check("admin", "192.0.2.1", Optional::empty);
    throttle.check("admin", "192.0.2.1", Optional::empty);

    int[] checked = {0};
    assertThrows(
        TooManyRequestsException.class,
        () ->
            throttle.check(
                "admin",
                "192.0.2.1",
                () -> {
                  checked[0]++;
                  return Optional.of(1);
                }));
    assertEquals(0, checked[0], "a refused attempt is not checked at all");
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-29T12:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
