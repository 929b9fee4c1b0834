package org.herald.notification;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.herald.error.Violations;

/**
 * The rules of a recurring run, in plain Java: a frequency; a local time {@code HH:mm}; a time zone
 * by its region id ({@code Europe/Athens}); a day of the week for a weekly one only, a day of the
 * month (1 to 28) for a monthly one only.
 */
final class ScheduleRules {

  private ScheduleRules() {}

  static NotificationSchedule.Definition check(
      NotificationType type,
      String frequencyText,
      String timeText,
      String zoneText,
      String dayOfWeekText,
      Integer dayOfMonth,
      Violations violations) {
    violations.require("frequency", frequencyText);
    violations.require("time", timeText);
    violations.require("timeZone", zoneText);
    Frequency frequency = violations.enumValue("frequency", Frequency.class, frequencyText);
    LocalTime time = null;
    if (timeText != null) {
      try {
        time = LocalTime.parse(timeText);
        if (time.getSecond() != 0 || time.getNano() != 0 || timeText.length() != 5) {
          throw new DateTimeParseException("seconds", timeText, 0);
        }
      } catch (DateTimeParseException e) {
        violations.add("time", "INVALID_TIME", "'" + timeText + "' is not a time HH:mm");
        time = null;
      }
    }
    ZoneId zone = null;
    if (zoneText != null) {
      try {
        zone = ZoneId.of(zoneText);
      } catch (DateTimeException e) {
        violations.add("timeZone", "UNKNOWN_TIME_ZONE", "'" + zoneText + "' is not a time zone");
      }
    }
    DayOfWeek dayOfWeek = violations.enumValue("dayOfWeek", DayOfWeek.class, dayOfWeekText);
    if (frequency == Frequency.WEEKLY) {
      violations.require("dayOfWeek", dayOfWeekText);
    } else if (dayOfWeekText != null) {
      violations.add("dayOfWeek", "NOT_WEEKLY", "only a WEEKLY run has a day of the week");
    }
    if (frequency == Frequency.MONTHLY) {
      violations.require("dayOfMonth", dayOfMonth);
      if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 28)) {
        violations.add("dayOfMonth", "OUT_OF_RANGE", "must be 1 to 28, days every month has");
      }
    } else if (dayOfMonth != null) {
      violations.add("dayOfMonth", "NOT_MONTHLY", "only a MONTHLY run has a day of the month");
    }
    return new NotificationSchedule.Definition(type, frequency, time, zone, dayOfWeek, dayOfMonth);
  }
}
