package org.herald.channel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  @Test
  void noLimitWhenNoneIsSet() {
    assertTrue(RateLimit.perSecond(0).isEmpty());
    assertTrue(RateLimit.perSecond(-1).isEmpty());
  }

  @Test
  void aBurstUpToTheLimitGoesAtOnceThenMessagesWaitTheirTurn() {
    RateLimit limit = RateLimit.perSecond(5).orElseThrow();
    for (int i = 0; i < 5; i++) {
      assertTrue(limit.take().isEmpty(), "message " + i + " goes now");
    }
    Duration wait = limit.take().orElseThrow();
    assertFalse(wait.isNegative() || wait.isZero());
    assertTrue(wait.compareTo(Duration.ofMillis(200)) <= 0, "one token every 200 ms: " + wait);
  }
}
