package no.ordna.cms.identity.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sliding-window counters of attempts per key, for rate limits. Kept in this instance's memory
 * ({@link AttemptWindows}) or, when instances share a data grid, on the grid for all of them
 * ({@link GridAttemptWindows}); both bounded in keys and expiring with the window.
 */
interface AttemptLedger {

  /**
   * Counts an attempt at {@code now} unless {@code limit} attempts are already inside the window,
   * in one atomic step per key; when refused, counts nothing and says how long until the oldest
   * attempt leaves the window.
   */
  Optional<Duration> tryAcquire(String key, int limit, Instant now);

  /** Takes back one attempt counted at {@code at}. */
  void release(String key, Instant at);

  /** Forgets every attempt of the key. */
  void reset(String key);
}
