package org.herald.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.error.UnavailableException;

/**
 * Resumes runs whose execution died with its node (a crash, a kill): Jakarta Batch leaves such an
 * execution STARTED and never moves it on. Shortly after start, this node takes over its own
 * RUNNING runs; every minute after, any node takes over RUNNING runs whose node has finished no
 * chunk for {@code herald.notification.stale-after}. A take-over is a new execution from the run's
 * checkpoint. Timers are not persistent: each node sweeps, and the row locks let one take a run.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaleRuns {

  private static final System.Logger LOG = System.getLogger(StaleRuns.class.getName());

  @Resource TimerService timers;
  @Inject RunRecords records;
  @Inject RunLauncher launcher;

  @Inject
  @ConfigProperty(name = "herald.notification.stale-after", defaultValue = "PT2M")
  Duration staleAfter;

  @PostConstruct
  void schedule() {
    // After deployment: the batch runtime and the application are ready by then.
    timers.createIntervalTimer(5_000, 60_000, new TimerConfig("stale-notification-runs", false));
  }

  private boolean swept;

  @Timeout
  void sweep() {
    // Only the first sweep takes this node's own runs: none of them can be running here yet.
    boolean ownToo = !swept;
    swept = true;
    for (String number : records.takeOverStale(ownToo, Instant.now().minus(staleAfter))) {
      LOG.log(Level.INFO, "Notification run {0} resumes from its checkpoint", number);
      try {
        launcher.launch(number);
      } catch (UnavailableException notStarted) {
        // Recorded on the run (FAILED, with the reason); the other runs are taken over still.
        LOG.log(Level.WARNING, notStarted.getMessage());
      }
    }
  }
}
