package org.herald.it;

import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestEntities.an;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.herald.api.notification.NewNotificationRunDto;
import org.herald.api.notification.NotificationScheduleDto;
import org.herald.api.notification.NotificationTypeDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Eventually;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scheduled notification runs over HTTP: once at a time (a persistent single-action timer starts
 * it), and recurring daily, weekly or monthly at a local time in a time zone (a persistent calendar
 * timer), with the next time answered in UTC; cancelled before its time, a run never starts.
 */
class NotificationScheduleIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();
  private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
  private final HeraldClient api = HeraldClient.backOffice();

  private String type() {
    String contact = aContact().create(api);
    an("accounts_receivable", "SCH").with("name", "Scheduled").with("contact", contact).put(api);
    String code = NotificationTypeApiIT.code();
    ApiResponse created =
        api.post(
            "/notification-types",
            new NotificationTypeDto(
                code,
                "Scheduled",
                "FINANCIAL",
                "ACCOUNTS_RECEIVABLE_STATE",
                null,
                List.of(NotificationTypeApiIT.arEmailTemplate(api)),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    assertEquals(201, created.status(), created.toString());
    return code;
  }

  private JsonObject run(String number) {
    return api.get("/notification-runs/" + number).json();
  }

  @Test
  void aRunScheduledOnceStartsAtItsTimeAndACancelledOneNever() {
    String type = type();
    Instant soon = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
    ApiResponse scheduled = api.post("/notification-runs", new NewNotificationRunDto(type, soon));
    assertEquals(201, scheduled.status(), scheduled.toString());
    assertEquals("SCHEDULED", scheduled.json().getString("state"));
    assertEquals(soon.toString(), scheduled.json().getString("scheduledFor"));
    String number = scheduled.json().getString("number");

    String cancelled =
        api.post("/notification-runs", new NewNotificationRunDto(type, soon))
            .json()
            .getString("number");
    assertEquals(
        "CANCELLED",
        api.post("/notification-runs/" + cancelled + "/cancel", null).json().getString("state"));

    JsonObject done =
        Eventually.await(
            Duration.ofMinutes(2),
            () -> run(number),
            run -> run.getString("state").equals("COMPLETED"));
    assertTrue(
        !Instant.parse(done.getString("startedAt")).isBefore(soon), "started at its time: " + done);
    assertTrue(done.getJsonNumber("created").longValue() >= 1, done.toString());
    assertEquals("CANCELLED", run(cancelled).getString("state"));
    assertEquals(0, run(cancelled).getJsonNumber("candidates").longValue());

    ApiResponse past =
        api.post(
            "/notification-runs", new NewNotificationRunDto(type, Instant.now().minusSeconds(60)));
    assertEquals(422, past.status(), past.toString());
    assertEquals("IN_THE_PAST", past.errorCode("scheduledFor"));
  }

  @Test
  void aDailyScheduleStartsARunAtItsLocalTimeInItsZone() {
    String type = type();
    // The next whole minute in Athens, at least 5 s away.
    ZonedDateTime at = ZonedDateTime.now(ATHENS).plusSeconds(65).truncatedTo(ChronoUnit.MINUTES);
    String time = at.format(DateTimeFormatter.ofPattern("HH:mm"));
    ApiResponse created =
        api.post(
            "/notification-schedules",
            new NotificationScheduleDto(
                null, type, "DAILY", time, "Europe/Athens", null, null, null, null));
    assertEquals(201, created.status(), created.toString());
    JsonObject schedule = created.json();
    assertEquals(at.toInstant().toString(), schedule.getString("nextRunAt"));
    String number = schedule.getString("number");

    JsonObject runs =
        Eventually.await(
            Duration.ofMinutes(3),
            () ->
                api.get("/notification-runs?notificationType=" + type + "&state=COMPLETED").json(),
            page -> page.getJsonNumber("totalItems").longValue() == 1);
    JsonObject run = runs.getJsonArray("items").getJsonObject(0);
    assertTrue(!Instant.parse(run.getString("startedAt")).isBefore(at.toInstant()), run.toString());
    assertEquals(
        at.plusDays(1).toInstant().toString(),
        api.get("/notification-schedules/" + number).json().getString("nextRunAt"));

    assertEquals(204, api.delete("/notification-schedules/" + number).status());
    assertEquals(404, api.get("/notification-schedules/" + number).status());
  }

  @Test
  void weeklyAndMonthlySchedulesNameTheirNextTimeInUtc() {
    String type = type();
    JsonObject weekly =
        api.post(
                "/notification-schedules",
                new NotificationScheduleDto(
                    null, type, "WEEKLY", "09:30", "Europe/Athens", "MONDAY", null, null, null))
            .json();
    ZonedDateTime now = ZonedDateTime.now(ATHENS);
    ZonedDateTime monday =
        now.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
            .withHour(9)
            .withMinute(30)
            .truncatedTo(ChronoUnit.MINUTES);
    if (!monday.isAfter(now)) {
      monday = monday.plusWeeks(1);
    }
    assertEquals(monday.toInstant().toString(), weekly.getString("nextRunAt"));

    JsonObject monthly =
        api.post(
                "/notification-schedules",
                new NotificationScheduleDto(
                    null, type, "MONTHLY", "00:00", "Europe/Athens", null, 1, null, null))
            .json();
    ZonedDateTime first =
        now.with(TemporalAdjusters.firstDayOfNextMonth()).truncatedTo(ChronoUnit.DAYS);
    assertEquals(first.toInstant().toString(), monthly.getString("nextRunAt"));
    assertTrue(!monthly.containsKey("dayOfWeek") || monthly.isNull("dayOfWeek"));

    ApiResponse bad =
        api.post(
            "/notification-schedules",
            new NotificationScheduleDto(
                null, "NO_SUCH", "MONTHLY", "25:00", "Mars/Olympus", "MONDAY", 31, null, null));
    assertEquals(422, bad.status(), bad.toString());
    assertEquals("UNKNOWN_NOTIFICATION_TYPE", bad.errorCode("notificationType"));
    assertEquals("INVALID_TIME", bad.errorCode("time"));
    assertEquals("UNKNOWN_TIME_ZONE", bad.errorCode("timeZone"));
    assertEquals("NOT_WEEKLY", bad.errorCode("dayOfWeek"));
    assertEquals("OUT_OF_RANGE", bad.errorCode("dayOfMonth"));
    assertEquals(
        "REQUIRED",
        api.post(
                "/notification-schedules",
                new NotificationScheduleDto(
                    null, type, "WEEKLY", "09:30", "UTC", null, null, null, null))
            .errorCode("dayOfWeek"));
  }
}
