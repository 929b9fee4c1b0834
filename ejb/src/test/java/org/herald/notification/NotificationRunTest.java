package org.herald.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.herald.condition.Conditions;
import org.herald.error.IllegalTransitionException;
import org.junit.jupiter.api.Test;

/** A run's life cycle: which transitions each state allows, and which ending a job may record. */
class NotificationRunTest {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

  private static NotificationType type(String expiresAfter, Instant expiresAt) {
    return new NotificationType(
        "AR_STATE",
        NotificationTopic.ACCOUNTS_RECEIVABLE_STATE,
        new NotificationType.Definition(
            "Outstanding",
            List.of("T"),
            null,
            expiresAt,
            expiresAfter,
            null,
            Conditions.none(),
            List.of()),
        NOW);
  }

  private static NotificationRun running() {
    return new NotificationRun("NR000001", type(null, null), null, "node-a", NOW);
  }

  @Test
  void aRunStartedNowIsRunningOnItsNodeAndOneScheduledWaitsForItsTimer() {
    assertEquals(RunState.RUNNING, running().getState());
    assertEquals(NOW, running().getStartedAt());
    NotificationRun scheduled =
        new NotificationRun("NR000002", type(null, null), NOW.plusSeconds(60), "node-a", NOW);
    assertEquals(RunState.SCHEDULED, scheduled.getState());
    assertNull(scheduled.getStartedAt());
    scheduled.start("node-b", NOW.plusSeconds(60));
    assertEquals(RunState.RUNNING, scheduled.getState());
    assertThrows(IllegalTransitionException.class, () -> scheduled.start("node-b", NOW));
  }

  @Test
  void pauseResumeAndCancelFollowTheLifeCycle() {
    NotificationRun run = running();
    assertThrows(IllegalTransitionException.class, () -> run.resume("node-a", NOW));
    run.pause();
    assertEquals(RunState.PAUSED, run.getState());
    assertThrows(IllegalTransitionException.class, run::pause);
    run.resume("node-b", NOW);
    assertEquals(RunState.RUNNING, run.getState());
    run.cancel(NOW);
    assertEquals(RunState.CANCELLED, run.getState());
    assertEquals(NOW, run.getFinishedAt());
    assertThrows(IllegalTransitionException.class, () -> run.cancel(NOW));
    assertThrows(IllegalTransitionException.class, () -> run.resume("node-a", NOW));
  }

  @Test
  void aJobEndingCompletesOrFailsOnlyTheRunningRunOfTheCurrentAttempt() {
    NotificationRun run = running();
    assertEquals(1, run.getAttempt());
    run.pause();
    run.resume("node-a", NOW);
    assertEquals(2, run.getAttempt());
    run.ended(1, "fault", NOW); // the paused attempt's job, ending after the resume
    assertEquals(RunState.RUNNING, run.getState());
    run.ended(2, "fault", NOW);
    assertEquals(RunState.FAILED, run.getState());
    assertEquals("fault", run.getFailureReason());
    run.resume("node-a", NOW);
    assertNull(run.getFinishedAt());
    assertNull(run.getFailureReason());
    run.pause();
    run.ended(3, null, NOW); // a paused run stays paused
    assertEquals(RunState.PAUSED, run.getState());
    run.resume("node-a", NOW);
    run.ended(4, null, NOW.plusSeconds(5));
    assertEquals(RunState.COMPLETED, run.getState());
    assertEquals(NOW.plusSeconds(5), run.getFinishedAt());
  }

  @Test
  void aJobThatCannotStartFailsItsAttemptAtOnceWithTheReason() {
    NotificationRun run = running();
    run.notStarted(1, "the batch job did not start: JobStartException", NOW);
    assertEquals(RunState.FAILED, run.getState());
    assertEquals("the batch job did not start: JobStartException", run.getFailureReason());
    assertEquals(NOW, run.getFinishedAt());
    // A failed start may be resumed; a stale report of it then changes nothing.
    run.resume("node-a", NOW);
    run.notStarted(1, "late", NOW);
    assertEquals(RunState.RUNNING, run.getState());
    assertNull(run.getFailureReason());
    run.pause();
    run.notStarted(2, "late", NOW);
    assertEquals(RunState.PAUSED, run.getState());
    run.resume("node-a", NOW);
    run.notStarted(3, "x".repeat(600), NOW);
    assertEquals(NotificationRun.REASON_LENGTH, run.getFailureReason().length());
  }

  @Test
  void communicationsInheritTheTypesExpiry() {
    Instant end = NOW.plus(Duration.ofDays(30));
    assertEquals(end, type(null, end).expiryFor(NOW));
    assertEquals(NOW.plus(Duration.ofDays(3)), type("P3D", null).expiryFor(NOW));
    assertNull(type(null, null).expiryFor(NOW));
  }
}
