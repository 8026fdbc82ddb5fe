package no.ordna.cms.webhook.domain;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: exponential back-off from {@code base} (doubling with every
 * try, at most {@code max}), with "equal jitter" — half the delay fixed, half random — so that
 * receivers coming back from an outage are not hit by every instance's retries at the same moment.
 * After {@code maxAttempts} tries a delivery is dead.
 */
public record RetrySchedule(Duration base, Duration max, int maxAttempts) {

  public RetrySchedule {
    if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException(
          "retry base must be positive, max at least base, attempts at least 1");
    }
  }

  /** Whether a delivery that has failed {@code attempts} times gets no further try. */
  public boolean exhausted(int attempts) {
    return attempts >= maxAttempts;
  }

  /** The wait after the {@code attempts}-th failed try (1 after the first). */
  public Duration delayAfter(int attempts, RandomGenerator random) {
    long baseMillis = base.toMillis();
    long capMillis = max.toMillis();
    int doublings = Math.min(Math.max(0, attempts - 1), 40);
    long delay =
        baseMillis > capMillis >> doublings
            ? capMillis
            : Math.min(capMillis, baseMillis << doublings);
    long half = delay / 2;
    return Duration.ofMillis(delay - half + (half == 0 ? 0 : random.nextLong(half + 1)));
  }
}
