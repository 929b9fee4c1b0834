package org.herald.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(5, Duration.ofSeconds(30), Duration.ofMinutes(3));

  @Test
  void theWaitDoublesAfterEachFailedAttempt() {
    assertEquals(Optional.of(Duration.ofSeconds(30)), backoff.delayAfter(1));
    assertEquals(Optional.of(Duration.ofSeconds(60)), backoff.delayAfter(2));
    assertEquals(Optional.of(Duration.ofSeconds(120)), backoff.delayAfter(3));
  }

  @Test
  void theWaitNeverExceedsTheMaximum() {
    assertEquals(Optional.of(Duration.ofMinutes(3)), backoff.delayAfter(4));
    Backoff many = new Backoff(100, Duration.ofSeconds(1), Duration.ofHours(1));
    assertEquals(Optional.of(Duration.ofHours(1)), many.delayAfter(99));
  }

  @Test
  void afterTheLastAllowedAttemptThereIsNoRetry() {
    assertTrue(backoff.delayAfter(5).isEmpty());
    assertTrue(backoff.delayAfter(6).isEmpty());
    assertTrue(
        new Backoff(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).delayAfter(1).isEmpty());
  }

  @Test
  void atLeastOneAttemptIsAllowed() {
    assertThrows(
        IllegalArgumentException.class, () -> new Backoff(0, Duration.ZERO, Duration.ZERO));
  }
}
