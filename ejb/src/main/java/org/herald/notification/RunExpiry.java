package org.herald.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.herald.error.Violations;

/**
 * When the communications (and queue entries) a run makes expire: at a date (a campaign's end), or
 * a duration after each is made (P3D), or neither (null: the queue's default). Expired ones are
 * never sent nor served: the queue checks every entry's expiry when it claims or lists it.
 */
record RunExpiry(Instant at, String after) {

  /** No expiry of its own: the queue's default applies. */
  static final RunExpiry NONE = new RunExpiry(null, null);

  /** When a communication made at {@code now} expires; null: the queue's default. */
  Instant of(Instant now) {
    if (at != null) {
      return at;
    }
    return after == null ? null : now.plus(Duration.parse(after));
  }

  /**
   * The expiry as given, every problem named under {@code expiresAt} / {@code expiresAfter}: at
   * most one of them, a date in the future (before the year 10000), a positive ISO-8601 duration of
   * at most ten years (and 50 characters).
   */
  static RunExpiry check(Instant at, String after, Instant now, Violations violations) {
    if (at != null && after != null) {
      violations.add("expiresAfter", "CONFLICT", "give expiresAt or expiresAfter, not both");
    }
    if (at != null && !at.isAfter(now)) {
      violations.add("expiresAt", "IN_THE_PAST", "must be in the future");
    }
    if (at != null && at.isAfter(NotificationTypeRules.LATEST)) {
      violations.add("expiresAt", "OUT_OF_RANGE", "must be before the year 10000");
    }
    violations.maxLength("expiresAfter", after, 50);
    if (after != null) {
      try {
        Duration duration = Duration.parse(after);
        if (duration.isNegative()
            || duration.isZero()
            || duration.compareTo(NotificationTypeRules.LONGEST) > 0) {
          violations.add("expiresAfter", "OUT_OF_RANGE", "must be positive and at most P3650D");
        }
      } catch (DateTimeParseException e) {
        violations.add(
            "expiresAfter",
            "INVALID_DURATION",
            "'" + after + "' is not an ISO-8601 duration (P3D)");
      }
    }
    return new RunExpiry(at, after);
  }
}
