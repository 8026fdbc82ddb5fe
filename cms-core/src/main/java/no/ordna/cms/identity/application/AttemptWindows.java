package no.ordna.cms.identity.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Sliding-window counters of attempts per key in this instance's memory, for rate limits: {@link
 * #tryAcquire} checks the limit and counts the attempt in one atomic step per key. Bounded: at most
 * {@code maxKeys} keys (least recently used dropped first), each dropped once its window has passed
 * untouched — so a stream of made-up keys costs a bounded amount of memory.
 */
final class AttemptWindows implements AttemptLedger {

  private final Duration window;
  private final Cache<String, Deque<Instant>> counters;

  AttemptWindows(Duration window, int maxKeys) {
    this.window = window;
    this.counters = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(window).build();
  }

  @Override
  public Optional<Duration> tryAcquire(String key, int limit, Instant now) {
    Duration[] wait = new Duration[1];
    counters
        .asMap()
        .compute(
            key,
            (k, times) -> {
              Deque<Instant> live = times == null ? new ArrayDeque<>() : times;
              prune(live, now);
              if (live.size() >= limit) {
                wait[0] = Duration.between(now, live.peekFirst().plus(window));
              } else {
                live.addLast(now);
              }
              return live;
            });
    return Optional.ofNullable(wait[0]);
  }

  /** Takes back one attempt counted at {@code at} (the newest such one). */
  @Override
  public void release(String key, Instant at) {
    counters
        .asMap()
        .computeIfPresent(
            key,
            (k, times) -> {
              times.removeLastOccurrence(at);
              return times.isEmpty() ? null : times;
            });
  }

  /** Forgets every attempt of the key. */
  @Override
  public void reset(String key) {
    counters.invalidate(key);
  }

  /** How many attempts of the key are inside the window at {@code now}. */
  int count(String key, Instant now) {
    int[] count = new int[1];
    counters
        .asMap()
        .computeIfPresent(
            key,
            (k, times) -> {
              prune(times, now);
              count[0] = times.size();
              return times.isEmpty() ? null : times;
            });
    return count[0];
  }

  long keys() {
    counters.cleanUp();
    return counters.estimatedSize();
  }

  private void prune(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
      times.removeFirst();
    }
  }
}
