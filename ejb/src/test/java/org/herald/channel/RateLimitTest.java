package org.herald.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  /** A clock the test moves by hand. */
  private static final class TestClock implements TimeMeter {
    long nanos;

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }
  }

  private final TestClock clock = new TestClock();

  @Test
  void noLimitWhenNoneIsSet() {
    assertTrue(RateLimit.perSecond(0).isEmpty());
    assertTrue(RateLimit.perSecond(-1).isEmpty());
  }

  @Test
  void aBurstUpToTheLimitGoesAtOnceThenEachMessageIsGivenTheNextSlot() {
    RateLimit limit = RateLimit.perSecond(100, clock).orElseThrow();
    for (int i = 0; i < 100; i++) {
      assertEquals(Duration.ZERO, limit.reserve(), "message " + i + " goes now");
    }
    // One token every 10 ms: the next messages are given the tokens still to come, in turn.
    for (int i = 1; i <= 300; i++) {
      assertEquals(Duration.ofMillis(10L * i), limit.reserve(), "message " + (99 + i));
    }
  }

  @Test
  void slotsAreCountedFromNowAndTheBucketRefillsOnceTheyHavePassed() {
    RateLimit limit = RateLimit.perSecond(100, clock).orElseThrow();
    for (int i = 0; i < 150; i++) {
      limit.reserve();
    }
    clock.nanos = Duration.ofMillis(200).toNanos(); // 20 of the 50 reserved slots have passed
    assertEquals(Duration.ofMillis(310), limit.reserve(), "behind the 30 still to come");

    clock.nanos = Duration.ofSeconds(10).toNanos(); // long after: the bucket is full again
    for (int i = 0; i < 100; i++) {
      assertEquals(Duration.ZERO, limit.reserve());
    }
    assertEquals(Duration.ofMillis(10), limit.reserve());
  }
}
