package org.herald.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.herald.error.UnavailableException;

/**
 * The persistent EJB timers that start scheduled runs: one single-action timer per run scheduled
 * once, one calendar timer per recurring schedule. Persistent timers live in the server's timer
 * store (the database, in a cluster): each fires on one instance only, and one due while the server
 * was down fires when it is back.
 */
@Singleton
public class RunTimers {

  private static final System.Logger LOG = System.getLogger(RunTimers.class.getName());

  /** What a timer starts: the scheduled run, or a new run of the schedule's type. */
  record Job(String runNumber, String scheduleNumber) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  @Resource TimerService timers;
  @Inject RunRecords records;
  @Inject RunLauncher launcher;

  /** Starts the run at its time; in the caller's transaction, so a rolled-back run has none. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void scheduleOnce(NotificationRun run) {
    timers.createSingleActionTimer(
        Date.from(run.getScheduledFor()), new TimerConfig(new Job(run.getNumber(), null), true));
  }

  /** Starts a run of the schedule's type at each of its times. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Instant scheduleRecurring(NotificationSchedule schedule) {
    Timer timer =
        timers.createCalendarTimer(
            schedule.expression(), new TimerConfig(new Job(null, schedule.getNumber()), true));
    return timer.getNextTimeout().toInstant();
  }

  /** When the schedule next starts a run; empty when it has no timer (deleted). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Instant> next(NotificationSchedule schedule) {
    return timerOf(schedule.getNumber()).map(timer -> timer.getNextTimeout().toInstant());
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void cancel(NotificationSchedule schedule) {
    timerOf(schedule.getNumber()).ifPresent(Timer::cancel);
  }

  private Optional<Timer> timerOf(String scheduleNumber) {
    return timers.getTimers().stream()
        .filter(
            timer ->
                timer.getInfo() instanceof Job job && scheduleNumber.equals(job.scheduleNumber()))
        .findFirst();
  }

  /**
   * Starts the run: committed first (a scheduled run that was cancelled meanwhile stays so), then
   * its job, outside any transaction.
   */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void fire(Timer timer) {
    Job job = (Job) timer.getInfo();
    Optional<String> run =
        job.runNumber() != null
            ? records.startScheduled(job.runNumber())
            : records.startFromSchedule(job.scheduleNumber());
    run.ifPresent(
        number -> {
          LOG.log(Level.INFO, "Notification run {0} starts as scheduled", number);
          try {
            launcher.launch(number);
          } catch (UnavailableException notStarted) {
            // Recorded on the run (FAILED, with the reason); a timer fired again would not help.
            LOG.log(Level.WARNING, notStarted.getMessage());
          }
        });
  }
}
