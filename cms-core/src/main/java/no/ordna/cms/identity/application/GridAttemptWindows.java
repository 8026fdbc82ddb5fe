package no.ordna.cms.identity.application;

import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sliding-window counters of attempts kept on the data grid, so that every instance counts the same
 * attempts: guesses spread over several instances behind a load balancer meet one limit.
 *
 * <p>Each key holds the times of its attempts inside the window (epoch milliseconds, a {@code
 * long[]}, which the grid stores without any class of ours: Payara's Hazelcast cannot load
 * application classes on other members). The check-and-count is one compare-and-set per key on the
 * entry's owner ({@code putIfAbsent}, {@code replace(key, old, new)}), repeated when another
 * instance changed the entry in between; parallel guesses therefore cannot pass the limit. The map
 * is bounded: its entries expire a window after their last change, and each member keeps at most
 * {@code maxKeys} of them (least recently used evicted first). When the grid fails, the instance
 * falls back to its own counters ({@link AttemptWindows}) rather than refuse every sign-in.
 */
final class GridAttemptWindows implements AttemptLedger {

  static final String MAP = "cms.auth.attempts";
  private static final Logger LOG = Logger.getLogger(GridAttemptWindows.class.getName());

  /** Compare-and-set rounds before an attempt is refused as if over the limit (fails closed). */
  private static final int MAX_ROUNDS = 100;

  private final IMap<String, long[]> map;
  private final long windowMillis;
  private final AttemptWindows fallback;

  GridAttemptWindows(HazelcastInstance hazelcast, Duration window, int maxKeys) {
    this.windowMillis = window.toMillis();
    this.fallback = new AttemptWindows(window, maxKeys);
    configure(hazelcast, window, maxKeys);
    this.map = hazelcast.getMap(MAP);
  }

  /** Bounds the map before its first use: expiry with the window, a size limit per member. */
  private static void configure(HazelcastInstance hazelcast, Duration window, int maxKeys) {
    MapConfig config =
        new MapConfig(MAP)
            .setBackupCount(1)
            .setTimeToLiveSeconds((int) Math.max(1, window.toSeconds()))
            .setEvictionConfig(
                new EvictionConfig()
                    .setEvictionPolicy(EvictionPolicy.LRU)
                    .setMaxSizePolicy(MaxSizePolicy.PER_NODE)
                    .setSize(maxKeys));
    try {
      hazelcast.getConfig().addMapConfig(config);
    } catch (RuntimeException e) {
      // another member added it with other settings (a different window): theirs applies
      LOG.log(Level.WARNING, "Could not configure the map " + MAP + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Duration> tryAcquire(String key, int limit, Instant now) {
    long at = now.toEpochMilli();
    try {
      for (int round = 0; round < MAX_ROUNDS; round++) {
        long[] stored = map.get(key);
        long[] live = live(stored, at);
        if (live.length >= limit) {
          return Optional.of(Duration.ofMillis(Math.max(0, live[0] + windowMillis - at)));
        }
        long[] next = Arrays.copyOf(live, live.length + 1);
        next[live.length] = at;
        if (stored == null ? map.putIfAbsent(key, next) == null : map.replace(key, stored, next)) {
          return Optional.empty();
        }
      }
      LOG.warning("Sign-in counter " + key + " changed too often to update; refusing an attempt");
      return Optional.of(Duration.ofSeconds(1));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Data grid unavailable for sign-in counters; counting locally", e);
      return fallback.tryAcquire(key, limit, now);
    }
  }

  @Override
  public void release(String key, Instant at) {
    long millis = at.toEpochMilli();
    try {
      for (int round = 0; round < MAX_ROUNDS; round++) {
        long[] stored = map.get(key);
        if (stored == null) {
          return;
        }
        int found = -1;
        for (int i = stored.length - 1; i >= 0 && found < 0; i--) {
          found = stored[i] == millis ? i : -1;
        }
        if (found < 0) {
          return;
        }
        long[] next = new long[stored.length - 1];
        System.arraycopy(stored, 0, next, 0, found);
        System.arraycopy(stored, found + 1, next, found, next.length - found);
        if (next.length == 0 ? map.remove(key, stored) : map.replace(key, stored, next)) {
          return;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Data grid unavailable for sign-in counters", e);
    }
    fallback.release(key, at);
  }

  @Override
  public void reset(String key) {
    try {
      map.delete(key);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Data grid unavailable for sign-in counters", e);
    }
    fallback.reset(key);
  }

  /** The attempts still inside the window at {@code now}, oldest first. */
  private long[] live(long[] stored, long now) {
    if (stored == null) {
      return new long[0];
    }
    int first = 0;
    while (first < stored.length && stored[first] + windowMillis <= now) {
      first++;
    }
    return first == 0 ? stored : Arrays.copyOfRange(stored, first, stored.length);
  }
}
