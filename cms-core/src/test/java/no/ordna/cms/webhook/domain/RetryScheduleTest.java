package no.ordna.cms.webhook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private final RetrySchedule schedule =
      new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), 12);

  @Test
  void theDelayDoublesWithEveryTryWithinHalfOfItsValueForJitter() {
    Random random = new Random(42);
    for (int attempt = 1; attempt <= 8; attempt++) {
      long full = 5_000L << (attempt - 1);
      for (int i = 0; i < 50; i++) {
        long delay = schedule.delayAfter(attempt, random).toMillis();
        assertTrue(delay >= full / 2 && delay <= full, attempt + ": " + delay);
      }
    }
  }

  @Test
  void theDelayStopsGrowingAtTheMaximumAndNeverOverflows() {
    Random random = new Random(7);
    for (int attempt : new int[] {11, 12, 40, 64, 1000}) {
      long delay = schedule.delayAfter(attempt, random).toMillis();
      assertTrue(delay >= 1_800_000 && delay <= 3_600_000, attempt + ": " + delay);
    }
  }

  @Test
  void jitterSpreadsTheRetriesOfManyDeliveries() {
    Random random = new Random(1);
    Set<Long> delays = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      delays.add(schedule.delayAfter(3, random).toMillis());
    }
    assertTrue(delays.size() > 15, delays.toString());
  }

  @Test
  void aDeliveryIsDeadAfterTheLastTry() {
    assertFalse(schedule.exhausted(11));
    assertTrue(schedule.exhausted(12));
    assertEquals(
        true, new RetrySchedule(Duration.ofMillis(200), Duration.ofSeconds(1), 1).exhausted(1));
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetrySchedule(Duration.ZERO, Duration.ofSeconds(1), 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetrySchedule(Duration.ofSeconds(2), Duration.ofSeconds(1), 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
  }
}
