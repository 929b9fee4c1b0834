package org.herald.queue.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;

/**
 * Asks for a queue entry to be dispatched, now or after a delay; joins the caller's transaction.
 */
@ApplicationScoped
public class DispatchRequests {

  @Inject JMSContext jms;

  @Resource(lookup = DispatchConsumer.QUEUE)
  Queue queue;

  public void request(long entryId) {
    jms.createProducer().send(queue, entryId);
  }

  public void requestLater(long entryId, Duration delay) {
    jms.createProducer().setDeliveryDelay(delay.toMillis()).send(queue, entryId);
  }
}
