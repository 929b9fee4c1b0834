package org.herald.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
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
}
