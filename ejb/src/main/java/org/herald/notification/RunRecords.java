package org.herald.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
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
  @Inject PublicNumbers numbers;
  @Inject NodeName node;

  NotificationRun create(String typeCode, Instant scheduledFor) {
    NotificationType type =
        types
            .findByCode(typeCode)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "notificationType",
                        "UNKNOWN_NOTIFICATION_TYPE",
                        "no notification type " + typeCode));
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

  void launched(String number, long executionId) {
    locked(number).launched(executionId);
  }

  NotificationRun pause(String number) {
    NotificationRun run = locked(number);
    run.pause();
    return run;
  }

  NotificationRun resume(String number) {
    NotificationRun run = locked(number);
    run.resume(node.value(), Instant.now());
    return run;
  }

  NotificationRun cancel(String number) {
    NotificationRun run = locked(number);
    run.cancel(Instant.now());
    return run;
  }

  void ended(String number, long executionId, boolean failed) {
    locked(number).ended(executionId, failed, Instant.now());
  }

  List<String> takeOverStale(boolean ownToo, Instant staleBefore) {
    return runs.takeOverStale(node.value(), ownToo, staleBefore, Instant.now());
  }

  NotificationRun get(String number) {
    return runs.findByNumber(number)
        .orElseThrow(() -> new UnknownResourceException("notification run", number));
  }

  private NotificationRun locked(String number) {
    return runs.lockByNumber(number)
        .orElseThrow(() -> new UnknownResourceException("notification run", number));
  }
}
