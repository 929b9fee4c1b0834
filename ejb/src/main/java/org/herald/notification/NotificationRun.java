package org.herald.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.herald.error.IllegalTransitionException;

/**
 * One run of a notification type (or of a communication plan: the same machinery, its items the
 * plan's contacts), with its state and counts. The counts and the checkpoint ({@code lastItemId})
 * are moved by each chunk's transaction in SQL ({@link NotificationRunRepository}), so they always
 * agree with the communications made; the state changes here, on a locked row.
 */
@Entity
@Table(name = "notification_run")
@NamedQuery(
    name = "NotificationRun.byNumber",
    query =
        "SELECT r FROM NotificationRun r LEFT JOIN FETCH r.type LEFT JOIN FETCH r.plan"
            + " WHERE r.number = :number")
public class NotificationRun implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_run_seq")
  @SequenceGenerator(
      name = "notification_run_seq",
      sequenceName = "notification_run_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "number", nullable = false, unique = true, updatable = false)
  private String number;

  /** What it sends: a notification type, or else a communication plan (exactly one is set). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "notification_type_id", updatable = false)
  private NotificationType type;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "communication_plan_id", updatable = false)
  private CommunicationPlan plan;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private RunState state;

  @Column(name = "scheduled_for")
  private Instant scheduledFor;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "last_item_id", nullable = false)
  private long lastItemId;

  @Column(name = "candidates", nullable = false)
  private long candidates;

  @Column(name = "created", nullable = false)
  private long created;

  @Column(name = "skipped_consent", nullable = false)
  private long skippedConsent;

  @Column(name = "skipped_no_address", nullable = false)
  private long skippedNoAddress;

  @Column(name = "failed", nullable = false)
  private long failed;

  @Column(name = "node")
  private String node;

  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  /** The current attempt: each start, resume or take-over is one, with a job of its own. */
  @Column(name = "attempt", nullable = false)
  private int attempt;

  @Column(name = "execution_id")
  private Long executionId;

  /** Why it failed (a job that could not start, or stopped on a fault); null otherwise. */
  @Column(name = "failure_reason")
  private String failureReason;

  /** Whether it sends whatever the contacts' preferences: its source's switch when it was made. */
  @Column(name = "override_preferences", nullable = false, updatable = false)
  private boolean overridePreferences;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** The longest reason kept (the column's size). */
  static final int REASON_LENGTH = 500;

  protected NotificationRun() {}

  /** A run to start now on {@code node}, or at {@code scheduledFor} when that is not null. */
  NotificationRun(
      String number, NotificationType type, Instant scheduledFor, String node, Instant now) {
    this(number, type, null, scheduledFor, node, now);
  }

  /** A run of a communication plan, now or at {@code scheduledFor}. */
  NotificationRun(
      String number, CommunicationPlan plan, Instant scheduledFor, String node, Instant now) {
    this(number, null, plan, scheduledFor, node, now);
  }

  private NotificationRun(
      String number,
      NotificationType type,
      CommunicationPlan plan,
      Instant scheduledFor,
      String node,
      Instant now) {
    this.number = number;
    this.type = type;
    this.plan = plan;
    this.overridePreferences = source().overridesPreferences();
    this.scheduledFor = scheduledFor;
    this.createdAt = now;
    if (scheduledFor == null) {
      run(node, now);
    } else {
      this.state = RunState.SCHEDULED;
    }
  }

  /** A scheduled run starts (once: its timer fired on one node). */
  void start(String node, Instant now) {
    if (state != RunState.SCHEDULED) {
      throw refused("start");
    }
    run(node, now);
  }

  private void run(String node, Instant now) {
    this.state = RunState.RUNNING;
    this.attempt++;
    this.startedAt = startedAt == null ? now : startedAt;
    this.finishedAt = null;
    this.failureReason = null;
    this.node = node;
    this.heartbeatAt = now;
  }

  /** Stops it after the chunk under way; what that chunk made stays. */
  void pause() {
    if (state != RunState.RUNNING) {
      throw refused("pause");
    }
    state = RunState.PAUSED;
  }

  /** Carries on from its checkpoint; a failed run may be resumed as well. */
  void resume(String node, Instant now) {
    if (state != RunState.PAUSED && state != RunState.FAILED) {
      throw refused("resume");
    }
    run(node, now);
  }

  void cancel(Instant now) {
    if (!state.isOpen()) {
      throw refused("cancel");
    }
    state = RunState.CANCELLED;
    finishedAt = now;
  }

  /**
   * The job of an attempt ended: every item is through, or a fault stopped it. A pause or cancel
   * stays, and so does the run when a later attempt (a resume) has replaced that one.
   */
  void ended(int endedAttempt, String failure, Instant now) {
    if (state != RunState.RUNNING || endedAttempt != attempt) {
      return;
    }
    state = failure != null ? RunState.FAILED : RunState.COMPLETED;
    failureReason = reason(failure);
    finishedAt = now;
  }

  /**
   * The job of an attempt could not even start (the batch runtime refused it): the run is FAILED
   * with the reason at once, rather than left RUNNING for the stale sweep; it may be resumed. Only
   * the attempt that was to start may fail it so.
   */
  void notStarted(int failedAttempt, String reason, Instant now) {
    if (state != RunState.RUNNING || failedAttempt != attempt) {
      return;
    }
    state = RunState.FAILED;
    failureReason = reason(reason == null ? "the job did not start" : reason);
    finishedAt = now;
  }

  private static String reason(String text) {
    return text == null || text.length() <= REASON_LENGTH
        ? text
        : text.substring(0, REASON_LENGTH - 1) + "…";
  }

  /** Records the job execution of its current attempt, for diagnosis. */
  void launched(long execution) {
    executionId = execution;
  }

  private IllegalTransitionException refused(String action) {
    return new IllegalTransitionException(
        "Notification run " + number + " is " + state + "; it cannot " + action);
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  /** The notification type it sends; null for a communication plan's run. */
  public NotificationType getType() {
    return type;
  }

  /** The communication plan it sends; null for a notification type's run. */
  public CommunicationPlan getPlan() {
    return plan;
  }

  /** What it sends, a type or a plan. */
  public RunSource source() {
    return type != null ? type : plan;
  }

  public RunState getState() {
    return state;
  }

  public Instant getScheduledFor() {
    return scheduledFor;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public int getAttempt() {
    return attempt;
  }

  public long getLastItemId() {
    return lastItemId;
  }

  public long getCandidates() {
    return candidates;
  }

  public long getCreated() {
    return created;
  }

  public long getSkippedConsent() {
    return skippedConsent;
  }

  public long getSkippedNoAddress() {
    return skippedNoAddress;
  }

  public long getFailed() {
    return failed;
  }

  /**
   * Whether its communications were made whatever the contacts' preferences (a plan's override):
   * none was skipped by consent, and each records the override.
   */
  public boolean isOverridingPreferences() {
    return overridePreferences;
  }

  public String getFailureReason() {
    return failureReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
