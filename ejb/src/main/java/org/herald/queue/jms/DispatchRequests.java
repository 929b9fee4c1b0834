package org.herald.queue.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;
import org.herald.queue.DispatchSignals;

/**
 * The queue's {@link DispatchSignals} over JMS: a message carrying the entry id, sent in the
 * caller's transaction, received by {@link DispatchConsumer}.
 */
@ApplicationScoped
public class DispatchRequests implements DispatchSignals {

  @Inject JMSContext jms;

  @Resource(lookup = DispatchConsumer.QUEUE)
  Queue queue;

  @Override
  public void request(long entryId) {
    jms.createProducer().send(queue, entryId);
  }

  @Override
  public void requestLater(long entryId, Duration delay) {
    jms.createProducer().setDeliveryDelay(delay.toMillis()).send(queue, entryId);
  }
}
