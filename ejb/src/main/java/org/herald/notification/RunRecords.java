package org.herald.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.herald.error.InvalidInputException;
import org.herald.error.UnknownResourceException;
import org.herald.persistence.PublicNumbers;
import org.herald.queue.NodeName;

/**
 * The transactional steps of a run's life cycle, each committed on its own before (or after) the
 * batch job is told: made, launched, paused, resumed, cancelled, ended, taken over.
 */
@Stateless
public class RunRecords {

  @Inject NotificationRunRepository runs;
  @Inject NotificationTypeRepository types;
  @Inject CommunicationPlanRepository plans;
  @Inject PublicNumbers numbers;
  @Inject NodeName node;
  @Inject NotificationScheduleRepository schedules;
  @Inject RunTimers timers;

  /** A run of the type, now or at {@code scheduledFor} (then with its timer). */
  public NotificationRun create(String typeCode, Instant scheduledFor) {
    NotificationType type =
        types
            .findByCode(typeCode)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "notificationType",
                        "UNKNOWN_NOTIFICATION_TYPE",
                        "no notification type " + typeCode));
    NotificationRun run = create(type, scheduledFor);
    if (scheduledFor != null) {
      timers.scheduleOnce(run);
    }
    return run;
  }

  /** A run of the communication plan, now or at {@code scheduledFor} (then with its timer). */
  public NotificationRun createForPlan(String planCode, Instant scheduledFor) {
    CommunicationPlan plan =
        plans
            .findByCode(planCode)
            .orElseThrow(() -> new UnknownResourceException("communication plan", planCode));
    NotificationRun run =
        new NotificationRun(
            numbers.next(PublicNumbers.Kind.NOTIFICATION_RUN),
            plan,
            scheduledFor,
            node.value(),
            Instant.now());
    runs.add(run);
    if (scheduledFor != null) {
      timers.scheduleOnce(run);
    }
    return run;
  }

  private NotificationRun create(NotificationType type, Instant scheduledFor) {
    NotificationRun run =
        new NotificationRun(
            numbers.next(PublicNumbers.Kind.NOTIFICATION_RUN),
            type,
            scheduledFor,
            node.value(),
            Instant.now());
    runs.add(run);
    return run;
  }

  /** A scheduled run starts, unless it was cancelled meanwhile; answers its number if so. */
  public Optional<String> startScheduled(String number) {
    NotificationRun run = runs.lockByNumber(number).orElse(null);
    if (run == null || run.getState() != RunState.SCHEDULED) {
      return Optional.empty();
    }
    run.start(node.value(), Instant.now());
    return Optional.of(number);
  }

  /** A schedule's time has come: a new run of its type, running now (none if it is gone). */
  public Optional<String> startFromSchedule(String scheduleNumber) {
    return schedules
        .findByNumber(scheduleNumber)
        .map(schedule -> create(schedule.getType(), null).getNumber());
  }

  public void launched(String number, long executionId) {
    locked(number).launched(executionId);
  }

  public NotificationRun pause(String number) {
    NotificationRun run = locked(number);
    run.pause();
    return run;
  }

  public NotificationRun resume(String number) {
    NotificationRun run = locked(number);
    run.resume(node.value(), Instant.now());
    return run;
  }

  public NotificationRun cancel(String number) {
    NotificationRun run = locked(number);
    run.cancel(Instant.now());
    return run;
  }

  /** An attempt's job ended: completed, or failed for {@code failure} (null: completed). */
  public void ended(String number, int attempt, String failure) {
    locked(number).ended(attempt, failure, Instant.now());
  }

  /** An attempt's job could not start: the run is FAILED with the reason. */
  public void notStarted(String number, int attempt, String reason) {
    locked(number).notStarted(attempt, reason, Instant.now());
  }

  public List<String> takeOverStale(boolean ownToo, Instant staleBefore) {
    return runs.takeOverStale(node.value(), ownToo, staleBefore, Instant.now());
  }

  public NotificationRun get(String number) {
    return runs.findByNumber(number)
        .orElseThrow(() -> new UnknownResourceException("notification run", number));
  }

  private NotificationRun locked(String number) {
    return runs.lockByNumber(number)
        .orElseThrow(() -> new UnknownResourceException("notification run", number));
  }
}
