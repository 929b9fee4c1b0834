package org.herald.notification;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The run's chunk step reads its candidates (its type's conditions and segments compiled to SQL) a
 * page at a time (one page a chunk) by keyset, from the run's checkpoint on. Before each page it
 * looks at the run's state: a run no longer running (paused or cancelled, from any node) ends the
 * step there, between chunks.
 */
@Named("notificationCandidates")
@Dependent
public class CandidateReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = RunLauncher.RUN)
  String runNumber;

  @Inject
  @BatchProperty(name = RunLauncher.CHUNK_SIZE)
  String pageSize;

  @Inject
  @BatchProperty(name = RunLauncher.ATTEMPT)
  String attempt;

  @Inject RunRecords records;
  @Inject RunItems items;
  @Inject RunAudiences audiences;
  @Inject JobContext job;

  private String itemType;
  private Audience audience;
  private long after;
  private final Deque<RunItem> page = new ArrayDeque<>();

  @Override
  public void open(Serializable checkpoint) {
    NotificationRun run = records.get(runNumber);
    itemType = run.source().getItemType();
    audience = audiences.of(run);
    // The run's own checkpoint moves with each chunk's commit; the job's may lag behind it.
    after = Math.max(run.getLastItemId(), checkpoint == null ? 0 : (Long) checkpoint);
  }

  @Override
  public Object readItem() {
    if (page.isEmpty()) {
      NotificationRun run = records.get(runNumber);
      // Paused or cancelled, or resumed since: a later attempt's job carries on, not this one.
      if (run.getState() != RunState.RUNNING || run.getAttempt() != Integer.parseInt(attempt)) {
        job.setExitStatus(RunEnd.INTERRUPTED);
        return null;
      }
      page.addAll(items.after(itemType, audience, after, Integer.parseInt(pageSize)));
      if (page.isEmpty()) {
        return null;
      }
    }
    RunItem item = page.poll();
    after = item.id();
    return item;
  }

  @Override
  public Serializable checkpointInfo() {
    return after;
  }
}
