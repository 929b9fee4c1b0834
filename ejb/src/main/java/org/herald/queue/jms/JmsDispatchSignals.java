package org.herald.queue.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;
import java.time.Instant;
import org.herald.queue.DispatchSignals;

/**
 * Signals dispatch with a JMS message carrying the entry id, now or with a delivery delay; the send
 * joins the caller's transaction when there is one.
 */
@ApplicationScoped
public class JmsDispatchSignals implements DispatchSignals {

  @Inject JMSContext jms;

  @Resource(lookup = DispatchConsumer.QUEUE)
  Queue queue;

  @Override
  public void signal(long entryId) {
    jms.createProducer().send(queue, entryId);
  }

  @Override
  public void signalAt(long entryId, Instant at) {
    long delayMillis = millisUntil(at);
    if (delayMillis <= 0) {
      signal(entryId);
    } else {
      jms.createProducer().setDeliveryDelay(delayMillis).send(queue, entryId);
    }
  }

  /** Rounded up: a message delivered a fraction early would find its entry not yet due. */
  private static long millisUntil(Instant at) {
    Duration wait = Duration.between(Instant.now(), at);
    return wait.isNegative() ? 0 : (wait.toNanos() + 999_999) / 1_000_000;
  }
}
