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
import java.lang.System.Logger.Level;
import java.time.Instant;

/**
 * Periodic, idempotent housekeeping of the queue on every node: rejects entries that expired while
 * pending ({@code EXPIRED}); completes accepted entries whose receipt never came ({@code
 * NO_RECEIPT}); rejects entries whose claim outlived any send ({@code OUTCOME_UNKNOWN}: the node
 * stopped between sending and recording, so the entry is not sent again); and re-requests dispatch
 * of pending entries whose wake-up was lost. At start, it has the node recover its earlier run's
 * claims (see {@link Handovers}). Timers are not persistent: each run is safe to repeat or skip.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class QueueSweeps {

  private static final System.Logger LOG = System.getLogger(QueueSweeps.class.getName());

  @Resource TimerService timers;
  @Inject QueueRepository entries;
  @Inject QueueSettings settings;
  @Inject DispatchSignals signals;
  @Inject Handovers handovers;

  @PostConstruct
  void schedule() {
    // A restarted node decides what its earlier run left claimed, then dispatches what is due.
    handovers.journal();
    signals.wake();
    long interval = settings.sweepInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("queue-sweeps", false));
  }

  @Timeout
  void sweep() {
    Instant now = Instant.now();
    report(Level.INFO, "Expired {0} pending queue entries", entries.expirePending(now));
    report(
        Level.INFO,
        "Completed {0} accepted entries whose receipt never came",
        entries.completeWithoutReceipt(now, now.minus(settings.receiptTimeout())));
    report(
        Level.WARNING,
        "Rejected {0} entries whose claim outlived any send (outcome unknown)",
        entries.abandonClaims(now, now.minus(settings.claimTimeout())));
    if (!entries.stranded(now, now.minus(settings.redispatchAfter()), 1).isEmpty()) {
      LOG.log(Level.INFO, "Pending entries are overdue (a dispatch signal was lost): waking");
      signals.wake();
    }
  }

  private static void report(Level level, String message, int count) {
    if (count > 0) {
      LOG.log(level, message, count);
    }
  }
}
