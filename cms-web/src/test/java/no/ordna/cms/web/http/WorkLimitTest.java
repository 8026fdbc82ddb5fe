package no.ordna.cms.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import no.ordna.cms.web.http.WorkLimit.Parking;
import org.junit.jupiter.api.Test;

class WorkLimitTest {

  private final AtomicLong now = new AtomicLong(1_000_000);

  private WorkLimit<String> limit(int permits, int maxParked) {
    return new WorkLimit<>(permits, maxParked, Duration.ofSeconds(10), now::get);
  }

  private void later(Duration duration) {
    now.addAndGet(duration.toNanos());
  }

  @Test
  void entersUpToThePermitsAndNoFurther() {
    WorkLimit<String> limit = limit(2, 5);

    assertTrue(limit.tryEnter());
    assertTrue(limit.tryEnter());
    assertFalse(limit.tryEnter());
    assertEquals(2, limit.inUse());
  }

  @Test
  void aPermitGivenBackWithNobodyWaitingIsFreeAgain() {
    WorkLimit<String> limit = limit(1, 5);
    assertTrue(limit.tryEnter());

    assertNull(limit.leave());

    assertEquals(0, limit.inUse());
    assertTrue(limit.tryEnter());
  }

  @Test
  void aPermitGivenBackGoesToTheOldestParkedWaiterWhichThenHoldsIt() {
    WorkLimit<String> limit = limit(1, 5);
    assertTrue(limit.tryEnter());
    assertEquals(Parking.PARKED, limit.park("first"));
    assertEquals(Parking.PARKED, limit.park("second"));

    assertEquals("first", limit.leave());
    assertEquals(1, limit.inUse(), "handed over, not freed");
    assertEquals(1, limit.parked());
    assertEquals("second", limit.leave());
    assertNull(limit.leave());
    assertEquals(0, limit.inUse());
  }

  @Test
  void aNewcomerDoesNotOvertakeParkedWaiters() {
    WorkLimit<String> limit = limit(1, 5);
    assertTrue(limit.tryEnter());
    assertEquals(Parking.PARKED, limit.park("waiting"));

    // the permit went to the waiter: nothing is free for the newcomer
    assertEquals("waiting", limit.leave());
    assertFalse(limit.tryEnter());
    assertEquals(Parking.PARKED, limit.park("newcomer"));
  }

  @Test
  void parkingEntersWhenAPermitCameFreeMeanwhile() {
    WorkLimit<String> limit = limit(1, 5);
    assertTrue(limit.tryEnter());
    assertNull(limit.leave());

    assertEquals(Parking.ENTERED, limit.park("late"));
    assertEquals(1, limit.inUse());
    assertEquals(0, limit.parked());
  }

  @Test
  void aFullQueueTurnsTheNextWaiterAway() {
    WorkLimit<String> limit = limit(1, 2);
    assertTrue(limit.tryEnter());
    assertEquals(Parking.PARKED, limit.park("a"));
    assertEquals(Parking.PARKED, limit.park("b"));

    assertEquals(Parking.FULL, limit.park("c"));
    assertEquals(2, limit.parked());
  }

  @Test
  void withNoQueueEveryWaiterBeyondThePermitsIsTurnedAway() {
    WorkLimit<String> limit = limit(1, 0);
    assertTrue(limit.tryEnter());

    assertEquals(Parking.FULL, limit.park("a"));
  }

  @Test
  void waitersParkedForTheMaximumWaitExpireOldestFirstAndTheRestStay() {
    WorkLimit<String> limit = limit(1, 5);
    assertTrue(limit.tryEnter());
    limit.park("old");
    later(Duration.ofSeconds(4));
    limit.park("younger");
    later(Duration.ofSeconds(5));
    assertEquals(List.of(), limit.expire(), "nine seconds: nobody yet");

    later(Duration.ofSeconds(1));
    assertEquals(List.of("old"), limit.expire());
    assertEquals(1, limit.parked());

    later(Duration.ofSeconds(4));
    assertEquals(List.of("younger"), limit.expire());
    assertEquals(1, limit.inUse(), "expiry hands out no permit");
    assertNull(limit.leave());
  }

  @Test
  void aWithdrawnWaiterGetsNoPermitAndWithdrawingTwiceSaysSo() {
    WorkLimit<String> limit = limit(1, 5);
    assertTrue(limit.tryEnter());
    limit.park("gone");
    limit.park("stays");

    assertTrue(limit.withdraw("gone"));
    assertFalse(limit.withdraw("gone"));
    assertEquals("stays", limit.leave());
    assertFalse(limit.withdraw("stays"), "it holds a permit now, it is not parked");
  }

  @Test
  void givingBackAPermitNobodyHeldIsAnError() {
    WorkLimit<String> limit = limit(1, 5);

    assertThrows(IllegalStateException.class, limit::leave);
  }

  @Test
  void aLimitWithoutPermitsOrWithoutWaitIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new WorkLimit<>(0, 5, Duration.ofSeconds(1), now::get));
    assertThrows(
        IllegalArgumentException.class, () -> new WorkLimit<>(1, 5, Duration.ZERO, now::get));
    assertThrows(
        IllegalArgumentException.class,
        () -> new WorkLimit<>(1, -1, Duration.ofSeconds(1), now::get));
  }
}
