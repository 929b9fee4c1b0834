package org.herald.notification;

/** How often a scheduled notification type runs: every day, one day a week, one day a month. */
public enum Frequency {
  DAILY,
  WEEKLY,
  MONTHLY
}
