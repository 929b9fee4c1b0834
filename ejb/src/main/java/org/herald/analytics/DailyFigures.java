package org.herald.analytics;

import java.time.LocalDate;

/**
 * What became of the messages of one medium and one template (null: made from none) queued on one
 * day of the display zone: the dashboard's figures over time.
 */
public record DailyFigures(
    LocalDate day,
    String medium,
    String template,
    long sent,
    long delivered,
    long failed,
    long opened,
    long clicked) {

  /** The two groups' figures added up, under this one's day, medium and template. */
  DailyFigures plus(DailyFigures other) {
    return new DailyFigures(
        day,
        medium,
        template,
        sent + other.sent,
        delivered + other.delivered,
        failed + other.failed,
        opened + other.opened,
        clicked + other.clicked);
  }
}
