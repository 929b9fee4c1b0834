package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Stream;
import org.herald.error.InvalidInputException;
import org.herald.error.UnknownResourceException;
import org.herald.notification.Frequency;
import org.herald.notification.NotificationRun;
import org.herald.notification.NotificationRunRepository;
import org.herald.notification.NotificationRunService;
import org.herald.notification.NotificationSchedule;
import org.herald.notification.NotificationScheduleRepository;
import org.herald.notification.NotificationScheduleService;
import org.herald.notification.NotificationType;
import org.herald.notification.NotificationTypeService;
import org.herald.notification.RunState;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.web.security.PortalAccess;

/**
 * The notification runs screen: the runs, newest first, with their counts (refreshed while one is
 * under way); a run of a type started now or scheduled once; recurring schedules added and stopped.
 * Every action goes through the services the REST resources use, and asks the caller's role again
 * on the server.
 */
@Named("notificationRuns")
@ViewScoped
public class NotificationRunsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient NotificationRunService runs;
  @Inject transient NotificationScheduleService schedules;
  @Inject transient NotificationTypeService types;
  @Inject transient DisplayTime displayTime;
  @Inject transient PortalAccess access;

  private ServicePages<NotificationRun> all;
  private boolean live;
  private ServicePages<NotificationScheduleService.Shown> recurring;
  private String notificationType;
  private OnceAt once;
  private String frequency = Frequency.DAILY.name();
  private String time;
  private String timeZone;
  private String dayOfWeek;
  private Integer dayOfMonth;

  @PostConstruct
  void init() {
    once = new OnceAt(displayTime.getZone());
    timeZone = displayTime.getZone();
    NotificationRunService service = runs;
    all =
        new ServicePages<>(
            page -> service.list(null, null, page),
            NotificationRun::getNumber,
            NotificationRunRepository.SORTABLE.keySet(),
            "createdAt",
            false);
    NotificationScheduleService calendar = schedules;
    recurring =
        new ServicePages<>(
            page -> {
              ResultPage<NotificationSchedule> listed = calendar.list(null, page);
              return new ResultPage<>(
                  listed.map(s -> calendar.get(s.getNumber())),
                  listed.request(),
                  listed.totalItems());
            },
            shown -> shown.schedule().getNumber(),
            NotificationScheduleRepository.SORTABLE.keySet(),
            "number",
            false);
    refresh();
  }

  /**
   * Asks again whether a run is running (the poll's listener while one is); the lazy tables read
   * their pages again as they are updated.
   */
  public void refresh() {
    live =
        runs.list(null, RunState.RUNNING.name(), new PageRequest(0, 1, "number", true)).totalItems()
            > 0;
  }

  /** Whether a run is running (or about to), so the page keeps its counts current. */
  public boolean isLive() {
    return live;
  }

  /** Starts a run of the chosen type now and opens it, to follow its progress. */
  public String startNow() {
    if (!access.mayEdit()) {
      return null;
    }
    try {
      NotificationRun run = runs.start(notificationType, null).run();
      PortalMessages.info("Notification run " + run.getNumber() + " started");
      PortalMessages.keepForRedirect();
      return "/notification-run?faces-redirect=true&number=" + run.getNumber();
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), NotificationRunsView::inputOf);
      return null;
    }
  }

  /** Schedules one run of the chosen type at a local time in a time zone. */
  public void scheduleOnce() {
    if (!access.mayEdit()) {
      return;
    }
    try {
      NotificationRun run = runs.start(notificationType, once.instant()).run();
      PortalMessages.info(
          "Notification run "
              + run.getNumber()
              + " scheduled for "
              + displayTime.format(run.getScheduledFor()));
      refresh();
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), NotificationRunsView::inputOf);
    }
  }

  /** Adds a recurring schedule of the chosen type. */
  public void addSchedule() {
    if (!access.mayEdit()) {
      return;
    }
    try {
      NotificationScheduleService.Shown shown =
          schedules.create(
              notificationType,
              frequency,
              blankToNull(time),
              blankToNull(timeZone),
              Frequency.WEEKLY.name().equals(frequency) ? dayOfWeek : null,
              Frequency.MONTHLY.name().equals(frequency) ? dayOfMonth : null);
      PortalMessages.info(
          "Schedule "
              + shown.schedule().getNumber()
              + " added; next run at "
              + displayTime.format(shown.nextRunAt()));
      refresh();
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), NotificationRunsView::inputOf);
    }
  }

  /** Stops a recurring schedule; the runs it started stay. */
  public void deleteSchedule(String number) {
    if (!access.mayEdit()) {
      return;
    }
    try {
      schedules.delete(number);
      PortalMessages.info("Schedule " + number + " stopped");
    } catch (UnknownResourceException e) {
      PortalMessages.error("Schedule " + number + " was stopped meanwhile");
    }
    refresh();
  }

  /** The input holding a field path, as the schedules and runs APIs name them. */
  private static String inputOf(String field) {
    return switch (field) {
      case "notificationType",
          "scheduledFor",
          "scheduleZone",
          "frequency",
          "time",
          "timeZone",
          "dayOfWeek",
          "dayOfMonth" ->
          field;
      default -> null;
    };
  }

  /** The schedule's calendar as a sentence: "WEEKLY on MONDAY at 09:00 Europe/Athens". */
  public static String calendarOf(NotificationSchedule schedule) {
    String day =
        switch (schedule.getFrequency()) {
          case DAILY -> "";
          case WEEKLY -> " on " + schedule.getDayOfWeek();
          case MONTHLY -> " on day " + schedule.getDayOfMonth();
        };
    return schedule.getFrequency()
        + day
        + " at "
        + schedule.getLocalTime()
        + " "
        + schedule.getTimeZone();
  }

  public String calendar(NotificationSchedule schedule) {
    return calendarOf(schedule);
  }

  public List<String> getTypeCodes() {
    return ServicePages.every(page -> types.list(null, page), "code").stream()
        .map(NotificationType::getCode)
        .toList();
  }

  public List<String> getFrequencies() {
    return Stream.of(Frequency.values()).map(Enum::name).toList();
  }

  public List<String> getDaysOfWeek() {
    return Stream.of(DayOfWeek.values()).map(Enum::name).toList();
  }

  public boolean isWeekly() {
    return Frequency.WEEKLY.name().equals(frequency);
  }

  public boolean isMonthly() {
    return Frequency.MONTHLY.name().equals(frequency);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public ServicePages<NotificationRun> getAll() {
    return all;
  }

  public ServicePages<NotificationScheduleService.Shown> getRecurring() {
    return recurring;
  }

  public String getNotificationType() {
    return notificationType;
  }

  public void setNotificationType(String notificationType) {
    this.notificationType = notificationType;
  }

  /** When a run is scheduled once. */
  public OnceAt getOnce() {
    return once;
  }

  public String getFrequency() {
    return frequency;
  }

  public void setFrequency(String frequency) {
    this.frequency = frequency;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getDayOfWeek() {
    return dayOfWeek;
  }

  public void setDayOfWeek(String dayOfWeek) {
    this.dayOfWeek = dayOfWeek;
  }

  public Integer getDayOfMonth() {
    return dayOfMonth;
  }

  public void setDayOfMonth(Integer dayOfMonth) {
    this.dayOfMonth = dayOfMonth;
  }
}
