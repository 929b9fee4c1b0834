package org.herald.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.herald.api.problem.FieldError;
import org.herald.error.Violations;
import org.junit.jupiter.api.Test;

/** A recurring run's rules and the calendar its timer follows, in its own time zone. */
class ScheduleRulesTest {

  private static Map<String, String> errors(
      String frequency, String time, String zone, String dayOfWeek, Integer dayOfMonth) {
    Violations violations = new Violations();
    ScheduleRules.check(null, frequency, time, zone, dayOfWeek, dayOfMonth, violations);
    return violations.errors().stream()
        .collect(Collectors.toMap(FieldError::field, FieldError::code, (a, b) -> a));
  }

  private static ScheduleExpression expression(
      String frequency, String time, String zone, String dayOfWeek, Integer dayOfMonth) {
    Violations violations = new Violations();
    NotificationSchedule.Definition definition =
        ScheduleRules.check(null, frequency, time, zone, dayOfWeek, dayOfMonth, violations);
    assertTrue(violations.isEmpty(), violations.errors().toString());
    return new NotificationSchedule("NS000001", definition, Instant.EPOCH).expression();
  }

  @Test
  void dailyWeeklyAndMonthlyBecomeCalendarsInTheirZone() {
    ScheduleExpression daily = expression("DAILY", "09:30", "Europe/Athens", null, null);
    assertEquals(
        List.of("0", "30", "9", "*", "*", "Europe/Athens"),
        List.of(
            daily.getSecond(),
            daily.getMinute(),
            daily.getHour(),
            daily.getDayOfWeek(),
            daily.getDayOfMonth(),
            daily.getTimezone()));
    assertEquals("1", expression("WEEKLY", "09:30", "UTC", "MONDAY", null).getDayOfWeek());
    assertEquals("0", expression("WEEKLY", "09:30", "UTC", "SUNDAY", null).getDayOfWeek());
    assertEquals("28", expression("MONTHLY", "00:00", "UTC", null, 28).getDayOfMonth());
  }

  @Test
  void everyBadFieldIsNamed() {
    assertEquals(
        Map.of("frequency", "REQUIRED", "time", "REQUIRED", "timeZone", "REQUIRED"),
        errors(null, null, null, null, null));
    assertEquals(
        Map.of(
            "time", "INVALID_TIME",
            "timeZone", "UNKNOWN_TIME_ZONE",
            "dayOfWeek", "NOT_WEEKLY",
            "dayOfMonth", "OUT_OF_RANGE"),
        errors("MONTHLY", "9:30:15", "Mars/Olympus", "MONDAY", 29));
    assertEquals(Map.of("dayOfWeek", "REQUIRED"), errors("WEEKLY", "09:30", "UTC", null, null));
    assertEquals(
        Map.of("dayOfMonth", "NOT_MONTHLY", "frequency", "UNKNOWN_VALUE"),
        errors("HOURLY", "09:30", "UTC", null, 3));
    assertEquals(Map.of(), errors("DAILY", "23:59", "America/New_York", null, null));
  }
}
