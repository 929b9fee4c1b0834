package org.herald.user;

import java.time.Duration;

/**
 * How failed logins slow guessing down: after the n-th failure in a row the next attempt is refused
 * unchecked until {@code firstDelay × 2^(n-1)} has passed, and {@code maxFailures} in a row lock
 * the user name for {@code lockDuration}. Attempts refused unchecked count as failures, so a script
 * that ignores the delay locks itself out sooner.
 */
public record LoginPolicy(int maxFailures, Duration lockDuration, Duration firstDelay) {

  public LoginPolicy {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    if (lockDuration.isNegative() || firstDelay.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
  }

  /** The wait after {@code failures} failures in a row before the next attempt is checked. */
  public Duration delayAfter(int failures) {
    if (failures < 1) {
      return Duration.ZERO;
    }
    Duration delay = firstDelay.multipliedBy(1L << Math.min(failures - 1, 20));
    return delay.compareTo(lockDuration) > 0 ? lockDuration : delay;
  }
}
