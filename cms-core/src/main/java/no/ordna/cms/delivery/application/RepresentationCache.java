package no.ordna.cms.delivery.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import no.ordna.cms.delivery.domain.Representation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * This instance's cache of delivery answers, bounded by body bytes ({@code
 * cms.delivery.cache.max-bytes}, default 64 MiB). Invalidation is by tag and bumps a generation
 * counter; an answer computed while an invalidation ran is not kept, so a read racing a publish can
 * never leave a stale answer behind. Lookups that found an answer and lookups that did not are
 * counted in the metrics {@code cms_delivery_cache_hits} and {@code cms_delivery_cache_misses}.
 */
@ApplicationScoped
public class RepresentationCache {

  @Inject
  @ConfigProperty(name = "cms.delivery.cache.max-bytes", defaultValue = "67108864")
  long maxBytes;

  @Inject MetricRegistry metrics;

  private final AtomicLong generation = new AtomicLong();
  // counted by every reading thread: adders, not one contended atomic
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private Cache<String, Representation> cache;

  @PostConstruct
  void create() {
    cache =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((String key, Representation r) -> key.length() * 2 + r.size() + 256)
            .build();
    metrics.gauge(
        Metadata.builder()
            .withName("cms.delivery.cache.hits")
            .withDescription("Delivery reads answered from this instance's cache")
            .build(),
        hits,
        LongAdder::sum);
    metrics.gauge(
        Metadata.builder()
            .withName("cms.delivery.cache.misses")
            .withDescription("Delivery reads this instance's cache did not hold")
            .build(),
        misses,
        LongAdder::sum);
  }

  /** The generation to pass to {@link #put} for an answer computed from now on. */
  public long generation() {
    return generation.get();
  }

  public Representation get(String key) {
    Representation found = cache.getIfPresent(key);
    (found == null ? misses : hits).increment();
    return found;
  }

  /**
   * A lookup that counts a hit but not a miss: for a caller that passes a miss on to a path that
   * looks the key up again with {@link #get} (so each miss is counted once).
   */
  public Representation peek(String key) {
    Representation found = cache.getIfPresent(key);
    if (found != null) {
      hits.increment();
    }
    return found;
  }

  /** Keeps an answer unless an invalidation happened since {@code generationAtStart}. */
  public void put(String key, Representation representation, long generationAtStart) {
    if (generation.get() != generationAtStart) {
      return;
    }
    cache.put(key, representation);
    if (generation.get() != generationAtStart) {
      cache.invalidate(key);
    }
  }

  /**
   * The answer {@code compute} gives, kept under {@code key} unless an invalidation ran while it
   * was computed. For misses: look the key up with {@link #get} first.
   */
  public Representation computeAndKeep(String key, Supplier<Representation> compute) {
    long generationAtStart = generation();
    Representation fresh = compute.get();
    put(key, fresh, generationAtStart);
    return fresh;
  }

  /** Drops every answer carrying one of the tags. */
  public void invalidate(Collection<String> tags) {
    generation.incrementAndGet();
    cache.asMap().values().removeIf(r -> !Collections.disjoint(r.tags(), tags));
  }

  public void clear() {
    generation.incrementAndGet();
    cache.invalidateAll();
  }

  public long size() {
    return cache.estimatedSize();
  }
}
