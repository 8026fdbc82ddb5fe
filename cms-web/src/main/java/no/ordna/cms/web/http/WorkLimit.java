package no.ordna.cms.web.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * How many requests that may wait on the database hold a worker thread at once ({@code permits}),
 * and the waiters parked (holding no thread) until a permit frees: at most {@code maxParked} of
 * them, each for at most {@code maxWait}. Permits go to the waiters in the order they came, and a
 * request that arrives while others wait parks behind them rather than overtaking them.
 *
 * <p>This is the bookkeeping only; what a waiter is and how it is woken or turned away is the
 * caller's ({@link WorkLimitFilter}): every method answers what to do, and the caller does it
 * outside the lock. A waiter handed a permit by {@link #leave()} holds it as if it had entered, and
 * must {@link #leave()} in its turn.
 *
 * @param <W> a parked waiter
 */
final class WorkLimit<W> {

  /** What became of a waiter offered to {@link #park}. */
  enum Parking {
    /** A permit was free and nobody waited: the waiter holds it now. */
    ENTERED,
    /** Parked until a permit is handed to it or it is too old. */
    PARKED,
    /** Turned away: as many waiters as allowed are parked already. */
    FULL
  }

  private record Parked<W>(W waiter, long since) {}

  private final int permits;
  private final int maxParked;
  private final long maxWaitNanos;
  private final LongSupplier nanoTime;
  private final ArrayDeque<Parked<W>> parked = new ArrayDeque<>();
  private int inUse;

  WorkLimit(int permits, int maxParked, Duration maxWait, LongSupplier nanoTime) {
    if (permits < 1 || maxParked < 0 || maxWait.isNegative() || maxWait.isZero()) {
      throw new IllegalArgumentException(
          "a work limit needs a permit, no negative queue and a positive wait: "
              + permits
              + ", "
              + maxParked
              + ", "
              + maxWait);
    }
    this.permits = permits;
    this.maxParked = maxParked;
    this.maxWaitNanos = maxWait.toNanos();
    this.nanoTime = nanoTime;
  }

  /** Takes a permit if one is free and nobody is parked; false otherwise (nothing changes). */
  synchronized boolean tryEnter() {
    if (inUse < permits && parked.isEmpty()) {
      inUse++;
      return true;
    }
    return false;
  }

  /** Enters if a permit came free meanwhile, else parks the waiter unless the queue is full. */
  synchronized Parking park(W waiter) {
    if (inUse < permits && parked.isEmpty()) {
      inUse++;
      return Parking.ENTERED;
    }
    if (parked.size() >= maxParked) {
      return Parking.FULL;
    }
    parked.addLast(new Parked<>(waiter, nanoTime.getAsLong()));
    return Parking.PARKED;
  }

  /**
   * Gives a permit back. Answers the oldest parked waiter, which holds the permit now and is to be
   * woken by the caller, or null when nobody waited (the permit is free again).
   */
  synchronized W leave() {
    Parked<W> next = parked.pollFirst();
    if (next != null) {
      return next.waiter();
    }
    if (inUse == 0) {
      throw new IllegalStateException("a permit was given back that nobody held");
    }
    inUse--;
    return null;
  }

  /** Removes and answers the waiters parked for {@code maxWait} or longer, to be turned away. */
  synchronized List<W> expire() {
    long now = nanoTime.getAsLong();
    List<W> expired = new ArrayList<>();
    while (!parked.isEmpty() && now - parked.peekFirst().since() >= maxWaitNanos) {
      expired.add(parked.pollFirst().waiter());
    }
    return expired;
  }

  /**
   * Removes a waiter that went away (its client left, or the container gave up on it); false when
   * it was no longer parked (it was handed a permit or expired already).
   */
  synchronized boolean withdraw(W waiter) {
    for (Iterator<Parked<W>> it = parked.iterator(); it.hasNext(); ) {
      if (it.next().waiter() == waiter) {
        it.remove();
        return true;
      }
    }
    return false;
  }

  synchronized int inUse() {
    return inUse;
  }

  synchronized int parked() {
    return parked.size();
  }

  int permits() {
    return permits;
  }
}
