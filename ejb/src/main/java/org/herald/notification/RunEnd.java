package org.herald.notification;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * When a run's job ends, a run still RUNNING is COMPLETED (its reader ran out of items) or FAILED
 * (a fault stopped it; it may be resumed). A job its reader interrupted (the run was paused or
 * cancelled) leaves the run alone, as does one a later attempt (a resume) has replaced.
 */
@Named("notificationRunEnd")
@Dependent
public class RunEnd extends AbstractJobListener {

  private static final System.Logger LOG = System.getLogger(RunEnd.class.getName());

  /** The exit status of a job that stopped because its run is no longer running. */
  static final String INTERRUPTED = "INTERRUPTED";

  @Inject
  @BatchProperty(name = RunLauncher.RUN)
  String runNumber;

  @Inject
  @BatchProperty(name = RunLauncher.ATTEMPT)
  String attempt;

  @Inject JobContext job;
  @Inject RunRecords records;

  @Override
  public void afterJob() {
    if (INTERRUPTED.equals(job.getExitStatus())) {
      return;
    }
    boolean failed = job.getBatchStatus() == BatchStatus.FAILED;
    if (failed) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Notification run {0}: execution {1} failed ({2})",
          runNumber,
          job.getExecutionId(),
          job.getExitStatus());
    }
    records.ended(
        runNumber,
        Integer.parseInt(attempt),
        failed
            ? "execution " + job.getExecutionId() + " failed (" + job.getExitStatus() + ")"
            : null);
  }
}
