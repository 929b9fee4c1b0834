package org.herald.event.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.herald.event.EventPublisher;

/**
 * Sends an accepted event's row id, persistently, in the caller's transaction: the message and the
 * event row commit together (one non-XA pool with OpenMQ, by Payara's last-agent optimisation).
 */
@ApplicationScoped
public class JmsEventPublisher implements EventPublisher {

  @Inject JMSContext jms;

  @Resource(lookup = EventConsumer.QUEUE)
  Queue queue;

  @Override
  public void publish(long eventId) {
    jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(queue, eventId);
  }
}
