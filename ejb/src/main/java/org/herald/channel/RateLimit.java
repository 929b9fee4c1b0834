package org.herald.channel;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;

/**
 * An integration's messages-per-second limit as a token bucket: up to {@code perSecond} at once,
 * refilled evenly. A message that finds no token waits for one instead of being refused, so a
 * provider's limit delays messages but never loses them.
 */
public final class RateLimit {

  private final Bucket bucket;

  private RateLimit(Bucket bucket) {
    this.bucket = bucket;
  }

  /** A limit of {@code perSecond} messages a second; 0 or less means none. */
  public static Optional<RateLimit> perSecond(int perSecond) {
    if (perSecond <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new RateLimit(
            Bucket.builder()
                .addLimit(
                    limit ->
                        limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build()));
  }

  /** Takes a token if there is one (empty: send now), else says how long until there is. */
  public Optional<Duration> take() {
    var probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }
}
