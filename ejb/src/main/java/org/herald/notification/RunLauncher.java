package org.herald.notification;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.error.UnavailableException;

/**
 * Starts a run's Jakarta Batch job ({@code META-INF/batch-jobs/notification-run.xml}). Every start,
 * resume and take-over is a new execution: it reads on from the run's own checkpoint, which each
 * chunk moves in its transaction, so no execution depends on another's state in the job repository
 * (an execution left STARTED by a crash is never restarted there).
 */
@ApplicationScoped
public class RunLauncher {

  static final String JOB = "notification-run";
  static final String RUN = "run";
  static final String ATTEMPT = "attempt";
  static final String CHUNK_SIZE = "chunkSize";

  @Inject
  @ConfigProperty(name = "herald.notification.chunk-size", defaultValue = "100")
  int chunkSize;

  @Inject RunRecords records;

  /**
   * Starts the job of the run's current attempt and records its execution; call it outside a
   * transaction, once the attempt is committed. When the batch runtime refuses to start it, the run
   * is FAILED with the reason (it may be resumed) and the caller is told why.
   *
   * @throws UnavailableException when the job could not start
   */
  void launch(String number) {
    NotificationRun run = records.get(number);
    Properties parameters = new Properties();
    parameters.setProperty(RUN, run.getNumber());
    parameters.setProperty(ATTEMPT, Integer.toString(run.getAttempt()));
    parameters.setProperty(CHUNK_SIZE, Integer.toString(chunkSize));
    long execution;
    try {
      JobOperator operator = BatchRuntime.getJobOperator();
      execution = operator.start(JOB, parameters);
    } catch (RuntimeException refused) {
      String reason = "the batch job did not start: " + refused;
      records.notStarted(number, run.getAttempt(), reason);
      throw new UnavailableException(
          "Notification run " + number + " is FAILED (resume it later): " + reason, refused);
    }
    records.launched(number, execution);
  }
}
