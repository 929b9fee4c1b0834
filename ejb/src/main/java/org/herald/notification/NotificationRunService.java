package org.herald.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/**
 * Starts, pauses, resumes and cancels notification runs. A run is committed before its job starts
 * (the job reads it from another thread); pause and cancel only change the run's state, which the
 * job checks between chunks, on whichever node it runs.
 */
@Stateless
public class NotificationRunService {

  @Inject RunRecords records;
  @Inject RunLauncher launcher;
  @Inject NotificationRunRepository runs;
  @Inject NotificationTypeRepository types;
  @Inject CommunicationPlanRepository plans;

  /** A run with what the queue has made of its communications so far. */
  public record Shown(NotificationRun run, RunDelivery delivery) {}

  /**
   * Starts a run of the type now, or schedules it once for {@code scheduledFor} (a persistent timer
   * starts it then, on one node of the cluster).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Shown start(String typeCode, Instant scheduledFor) {
    Violations violations = new Violations();
    violations.require("notificationType", typeCode);
    checkSchedule(scheduledFor, violations);
    return launched(records.create(typeCode, scheduledFor), scheduledFor);
  }

  /**
   * Sends a communication plan now, or schedules it once for {@code scheduledFor}: a run of the
   * same machinery, whose items are the contacts of the plan's segments.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Shown startPlan(String planCode, Instant scheduledFor) {
    checkSchedule(scheduledFor, new Violations());
    return launched(records.createForPlan(planCode, scheduledFor), scheduledFor);
  }

  private static void checkSchedule(Instant scheduledFor, Violations violations) {
    if (scheduledFor != null && !scheduledFor.isAfter(Instant.now())) {
      violations.add("scheduledFor", "IN_THE_PAST", "must be in the future");
    }
    if (scheduledFor != null && scheduledFor.isAfter(NotificationTypeRules.LATEST)) {
      violations.add("scheduledFor", "OUT_OF_RANGE", "must be before the year 10000");
    }
    violations.throwIfAny();
  }

  private Shown launched(NotificationRun run, Instant scheduledFor) {
    if (scheduledFor == null) {
      launcher.launch(run.getNumber());
    }
    return show(run.getNumber());
  }

  /** Stops the run after the chunk under way. */
  public Shown pause(String number) {
    records.pause(number);
    return show(number);
  }

  /** Carries a paused (or failed) run on from its checkpoint. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Shown resume(String number) {
    records.resume(number);
    launcher.launch(number);
    return show(number);
  }

  /** Ends the run for good; what it made stays. */
  public Shown cancel(String number) {
    records.cancel(number);
    return show(number);
  }

  public Shown show(String number) {
    NotificationRun run = records.get(number);
    return new Shown(run, runs.delivery(run.getId()));
  }

  /** Runs, optionally of one type and in one state; without the delivery figures. */
  public ResultPage<NotificationRun> list(String typeCode, String state, PageRequest page) {
    Violations violations = new Violations();
    RunState parsed = violations.enumValue("state", RunState.class, state);
    NotificationType type = typeCode == null ? null : types.findByCode(typeCode).orElse(null);
    if (typeCode != null && type == null) {
      violations.add("notificationType", "UNKNOWN_NOTIFICATION_TYPE", "no type " + typeCode);
    }
    violations.throwIfAny();
    return runs.list(type, parsed, page);
  }

  /** The runs of a communication plan, newest first unless sorted otherwise. */
  public ResultPage<NotificationRun> listOfPlan(String planCode, PageRequest page) {
    CommunicationPlan plan =
        plans
            .findByCode(planCode)
            .orElseThrow(() -> new UnknownResourceException("communication plan", planCode));
    return runs.list(null, plan, null, page);
  }
}
