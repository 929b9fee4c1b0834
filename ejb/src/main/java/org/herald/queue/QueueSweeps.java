package org.herald.queue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Instant;
import org.herald.queue.jms.DispatchRequests;

/**
 * Periodic, idempotent housekeeping of the queue on every node: rejects entries that expired while
 * pending (code {@code EXPIRED}), and re-requests dispatch of pending entries whose JMS message was
 * lost. Timers are not persistent: each run is safe to repeat or skip.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class QueueSweeps {

  private static final System.Logger LOG = System.getLogger(QueueSweeps.class.getName());
  private static final int STRANDED_BATCH = 500;

  @Resource TimerService timers;
  @Inject QueueRepository entries;
  @Inject QueueSettings settings;
  @Inject DispatchRequests dispatch;

  @PostConstruct
  void schedule() {
    long interval = settings.sweepInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("queue-sweeps", false));
  }

  @Timeout
  void sweep() {
    Instant now = Instant.now();
    int expired = entries.expirePending(now);
    if (expired > 0) {
      LOG.log(System.Logger.Level.INFO, "Expired {0} pending queue entries", expired);
    }
    for (Long id : entries.stranded(now, now.minus(settings.redispatchAfter()), STRANDED_BATCH)) {
      dispatch.request(id);
    }
  }
}
