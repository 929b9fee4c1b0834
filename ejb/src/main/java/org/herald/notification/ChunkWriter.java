package org.herald.notification;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Hands each chunk of the run's candidates to the {@link ChunkSender}, in the chunk's transaction.
 */
@Named("notificationChunkWriter")
@Dependent
public class ChunkWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = RunLauncher.RUN)
  String runNumber;

  @Inject
  @BatchProperty(name = RunLauncher.ATTEMPT)
  String attempt;

  @Inject RunRecords records;
  @Inject ChunkSender sender;
  @Inject jakarta.batch.runtime.context.JobContext job;

  private long runId;

  @Override
  public void open(java.io.Serializable checkpoint) {
    runId = records.get(runNumber).getId();
  }

  @Override
  public void writeItems(List<Object> items) {
    try {
      sender.send(
          runId, Integer.parseInt(attempt), items.stream().map(RunItem.class::cast).toList());
    } catch (RuntimeException e) {
      // A chunk that found its run paused or cancelled stops the job as the reader would: the run
      // is left alone, not failed (RunEnd), should a restart have set it running meanwhile.
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof RunInterruptedException) {
          job.setExitStatus(RunEnd.INTERRUPTED);
        }
      }
      throw e;
    }
  }
}
