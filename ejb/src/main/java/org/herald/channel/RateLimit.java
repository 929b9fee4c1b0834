package org.herald.channel;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;

/**
 * An integration's messages-per-second limit as a token bucket: up to {@code perSecond} at once,
 * refilled evenly. A message that finds no token is given the next one that will come (a slot in
 * the future) instead of being refused, so a provider's limit delays messages but never loses them,
 * and each message asks only once.
 */
public final class RateLimit {

  private final Bucket bucket;

  private RateLimit(Bucket bucket) {
    this.bucket = bucket;
  }

  /** A limit of {@code perSecond} messages a second; 0 or less means none. */
  public static Optional<RateLimit> perSecond(int perSecond) {
    return perSecond(perSecond, TimeMeter.SYSTEM_NANOTIME);
  }

  /** The same on a clock of the caller's (tests). */
  static Optional<RateLimit> perSecond(int perSecond, TimeMeter clock) {
    if (perSecond <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new RateLimit(
            Bucket.builder()
                .addLimit(
                    limit ->
                        limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .withCustomTimePrecision(clock)
                .build()));
  }

  /**
   * Takes the next token, whether it is in the bucket or still to come, and answers how long until
   * it is due: zero when the message may go now. Later callers queue behind it (the bucket goes
   * into debt), so the slots handed out are never more than the limit allows.
   */
  public Duration reserve() {
    return Duration.ofNanos(bucket.consumeIgnoringRateLimits(1));
  }
}
