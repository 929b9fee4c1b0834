package org.herald.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.UninterruptibleBlockingStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  /** A clock the test moves by hand; waiting on it moves it on. */
  private static final class TestClock implements TimeMeter, UninterruptibleBlockingStrategy {
    long nanos;
    long waited;

    @Override
    public void parkUninterruptibly(long nanosToPark) {
      nanos += nanosToPark;
      waited += nanosToPark;
    }

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
    RateLimit limit = RateLimit.perSecond(100, clock, clock).orElseThrow();
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
    RateLimit limit = RateLimit.perSecond(100, clock, clock).orElseThrow();
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

  @Test
  void messagesSentAtTheirSlotsNeverWaitToBePaced() {
    RateLimit limit = RateLimit.perSecond(100, clock, clock).orElseThrow();
    List<Duration> slots = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      slots.add(limit.reserve());
    }
    for (Duration slot : slots) {
      clock.nanos = slot.toNanos();
      limit.pace();
    }
    assertEquals(0, clock.waited);
  }

  @Test
  void messagesThatCatchUpAfterAStallGoNoFasterThanTheLimit() {
    RateLimit limit = RateLimit.perSecond(100, clock, clock).orElseThrow();
    for (int i = 0; i < 500; i++) {
      limit.reserve(); // slots up to 4 s away
    }
    clock.nanos = Duration.ofSeconds(5).toNanos(); // the dispatcher stalled past all of them
    List<Long> sentAt = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      limit.pace();
      sentAt.add(clock.nanos);
    }
    // The bucket's own bound: in any second, its capacity and a second's refill.
    for (int first = 0; first < sentAt.size(); first++) {
      int within = 0;
      for (long t : sentAt.subList(first, sentAt.size())) {
        within += t - sentAt.get(first) < Duration.ofSeconds(1).toNanos() ? 1 : 0;
      }
      assertTrue(within <= 200, within + " sent within a second from send " + first);
    }
    assertEquals(Duration.ofSeconds(4), Duration.ofNanos(clock.waited), "the 400 after a burst");
  }
}
