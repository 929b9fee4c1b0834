package org.herald.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The queue's tunables, from MicroProfile Config. */
@ApplicationScoped
public class QueueSettings {

  @Inject
  @ConfigProperty(name = "herald.queue.default-expiry", defaultValue = "P7D")
  Duration defaultExpiry;

  @Inject
  @ConfigProperty(name = "herald.queue.retry.max-attempts", defaultValue = "5")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "herald.queue.retry.initial-delay", defaultValue = "PT30S")
  Duration initialDelay;

  @Inject
  @ConfigProperty(name = "herald.queue.retry.max-delay", defaultValue = "PT1H")
  Duration maxDelay;

  @Inject
  @ConfigProperty(name = "herald.queue.expiry-sweep", defaultValue = "PT1M")
  Duration sweepInterval;

  @Inject
  @ConfigProperty(name = "herald.queue.redispatch-after", defaultValue = "PT2M")
  Duration redispatchAfter;

  @Inject
  @ConfigProperty(name = "herald.queue.receipt-timeout", defaultValue = "P2D")
  Duration receiptTimeout;

  @Inject
  @ConfigProperty(name = "herald.queue.claim-timeout", defaultValue = "PT10M")
  Duration claimTimeout;

  @Inject
  @ConfigProperty(name = "herald.queue.dispatch.batch-size", defaultValue = "32")
  int dispatchBatchSize;

  @Inject
  @ConfigProperty(name = "herald.queue.dispatch.loops", defaultValue = "12")
  int dispatchLoops;

  @Inject
  @ConfigProperty(name = "herald.queue.dispatch.wake-interval", defaultValue = "PT0.02S")
  Duration wakeInterval;

  @Inject
  @ConfigProperty(name = "herald.queue.in-flight-policy", defaultValue = "HOLD")
  InFlightPolicy inFlightPolicy;

  @Inject
  @ConfigProperty(name = "herald.queue.journal-directory")
  Optional<String> journalDirectory;

  public Duration defaultExpiry() {
    return defaultExpiry;
  }

  public Backoff backoff() {
    return new Backoff(maxAttempts, initialDelay, maxDelay);
  }

  /** How often the expiry and stranded-entry sweeps run. */
  public Duration sweepInterval() {
    return sweepInterval;
  }

  /** How long an entry a peer accepted waits for its delivery receipt before it is completed. */
  public Duration receiptTimeout() {
    return receiptTimeout;
  }

  /** How long a claim may last before its node is taken to have stopped mid-send. */
  public Duration claimTimeout() {
    return claimTimeout;
  }

  /** How long past its due time a pending entry waits before the sweep sends it again. */
  public Duration redispatchAfter() {
    return redispatchAfter;
  }

  /** How many due entries a dispatching loop claims in one transaction. */
  public int dispatchBatchSize() {
    return dispatchBatchSize;
  }

  /**
   * How many loops may dispatch at once on this node, each sending its batch one message after the
   * other: at least the SMTP pool's size and the SMPP window, so both can be kept full.
   */
  public int dispatchLoops() {
    return dispatchLoops;
  }

  /**
   * The least time between two wake-ups a node sends after commits: the commits of that time share
   * the next one, so a burst of creates costs the broker and the dispatchers a wake-up per
   * interval, not one per commit, and an entry waits at most this long for its wake-up to leave.
   */
  public Duration wakeInterval() {
    return wakeInterval;
  }

  /** What a restarted node does with a message whose handover was under way at the stop. */
  public InFlightPolicy inFlightPolicy() {
    return inFlightPolicy;
  }

  /**
   * Where this node keeps its handover journal: {@code herald.queue.journal-directory}, by default
   * {@code herald/journal} in the server instance's directory (Payara), its data directory
   * (WildFly), or the temporary directory.
   */
  public Path journalDirectory() {
    return journalDirectory
        .map(Path::of)
        .orElseGet(
            () ->
                Path.of(
                        System.getProperty(
                            "com.sun.aas.instanceRoot",
                            System.getProperty(
                                "jboss.server.data.dir", System.getProperty("java.io.tmpdir"))))
                    .resolve("herald")
                    .resolve("journal"));
  }
}
