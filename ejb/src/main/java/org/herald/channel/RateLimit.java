package org.herald.channel;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.UninterruptibleBlockingStrategy;
import java.time.Duration;
import java.util.Optional;

/**
 * An integration's messages-per-second limit as a token bucket: up to {@code perSecond} at once,
 * refilled evenly. A message that finds no token is given the next one that will come (a slot in
 * the future) instead of being refused, so a provider's limit delays messages but never loses them,
 * and each message is given its slot once.
 *
 * <p>A second bucket of the same size paces the sends themselves: messages sent at their slots
 * always find a token there, but if the dispatcher falls behind and then catches up, the late ones
 * would reach the provider faster than its limit; they wait their turn here instead, a few
 * milliseconds each.
 */
public final class RateLimit {

  private final Bucket slots;
  private final Bucket sends;
  private final UninterruptibleBlockingStrategy waiting;

  private RateLimit(int perSecond, TimeMeter clock, UninterruptibleBlockingStrategy waiting) {
    this.slots = bucket(perSecond, clock);
    this.sends = bucket(perSecond, clock);
    this.waiting = waiting;
  }

  /** A limit of {@code perSecond} messages a second; 0 or less means none. */
  public static Optional<RateLimit> perSecond(int perSecond) {
    return perSecond(perSecond, TimeMeter.SYSTEM_NANOTIME, UninterruptibleBlockingStrategy.PARKING);
  }

  /** The same on a clock and a way of waiting of the caller's (tests). */
  static Optional<RateLimit> perSecond(
      int perSecond, TimeMeter clock, UninterruptibleBlockingStrategy waiting) {
    return perSecond <= 0
        ? Optional.empty()
        : Optional.of(new RateLimit(perSecond, clock, waiting));
  }

  private static Bucket bucket(int perSecond, TimeMeter clock) {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
        .withCustomTimePrecision(clock)
        .build();
  }

  /**
   * Takes the next token, whether it is in the bucket or still to come, and answers how long until
   * it is due: zero when the message may go now. Later callers queue behind it (the bucket goes
   * into debt), so the slots handed out are never more than the limit allows.
   */
  public Duration reserve() {
    return Duration.ofNanos(slots.consumeIgnoringRateLimits(1));
  }

  /** Just before a send: returns at once for a message on time, else when its turn comes. */
  public void pace() {
    sends.asBlocking().consumeUninterruptibly(1, waiting);
  }
}
