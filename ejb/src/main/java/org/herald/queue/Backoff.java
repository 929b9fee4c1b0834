package org.herald.queue;

import java.time.Duration;
import java.util.Optional;

/**
 * Exponential backoff with a bound on attempts: after attempt n fails, wait initial × 2^(n-1),
 * never more than {@code maxDelay}; after {@code maxAttempts} attempts, give up.
 */
public record Backoff(int maxAttempts, Duration initialDelay, Duration maxDelay) {

  public Backoff {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** The wait before the next attempt, or empty when {@code attemptsMade} is the last allowed. */
  public Optional<Duration> delayAfter(int attemptsMade) {
    if (attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    int doublings = Math.min(Math.max(attemptsMade - 1, 0), 30);
    Duration delay = initialDelay.multipliedBy(1L << doublings);
    return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
  }
}
