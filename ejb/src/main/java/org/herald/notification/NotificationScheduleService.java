package org.herald.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.persistence.PublicNumbers;

/** Keeps recurring runs, each with its persistent calendar timer. */
@Stateless
public class NotificationScheduleService {

  @Inject NotificationScheduleRepository schedules;
  @Inject NotificationTypeRepository types;
  @Inject PublicNumbers numbers;
  @Inject RunTimers timers;

  /** A schedule with when it next starts a run. */
  public record Shown(NotificationSchedule schedule, Instant nextRunAt) {}

  public Shown create(
      String typeCode,
      String frequency,
      String time,
      String timeZone,
      String dayOfWeek,
      Integer dayOfMonth) {
    Violations violations = new Violations();
    violations.require("notificationType", typeCode);
    NotificationType type = typeCode == null ? null : types.findByCode(typeCode).orElse(null);
    if (typeCode != null && type == null) {
      violations.add(
          "notificationType", "UNKNOWN_NOTIFICATION_TYPE", "no notification type " + typeCode);
    }
    NotificationSchedule.Definition definition =
        ScheduleRules.check(type, frequency, time, timeZone, dayOfWeek, dayOfMonth, violations);
    violations.throwIfAny();
    NotificationSchedule schedule =
        new NotificationSchedule(
            numbers.next(PublicNumbers.Kind.NOTIFICATION_SCHEDULE), definition, Instant.now());
    schedules.add(schedule);
    return new Shown(schedule, timers.scheduleRecurring(schedule));
  }

  public Shown get(String number) {
    NotificationSchedule schedule = find(number);
    return new Shown(schedule, timers.next(schedule).orElse(null));
  }

  /** Stops the schedule: no more runs start from it (runs started stay). */
  public void delete(String number) {
    NotificationSchedule schedule = find(number);
    timers.cancel(schedule);
    schedules.remove(schedule);
  }

  public ResultPage<NotificationSchedule> list(String typeCode, PageRequest page) {
    NotificationType type = typeCode == null ? null : types.findByCode(typeCode).orElse(null);
    if (typeCode != null && type == null) {
      Violations violations = new Violations();
      violations.add(
          "notificationType", "UNKNOWN_NOTIFICATION_TYPE", "no notification type " + typeCode);
      violations.throwIfAny();
    }
    return schedules.list(type, page);
  }

  private NotificationSchedule find(String number) {
    return schedules
        .findByNumber(number)
        .orElseThrow(() -> new UnknownResourceException("notification schedule", number));
  }
}
