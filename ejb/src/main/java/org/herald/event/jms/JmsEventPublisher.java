package org.herald.event.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.List;
import org.herald.event.EventPublisher;

/**
 * Sends accepted events' row ids, persistently, in the caller's transaction: the message and the
 * event rows commit together (one non-XA pool with OpenMQ, by Payara's last-agent optimisation).
 * One event is a {@code Long} body, several a text of ids separated by commas ({@link
 * EventConsumer} reads both).
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

  @Override
  public void publishAll(List<Long> eventIds) {
    if (eventIds.size() == 1) {
      publish(eventIds.get(0));
      return;
    }
    jms.createProducer()
        .setDeliveryMode(DeliveryMode.PERSISTENT)
        .send(queue, EventConsumer.idsText(eventIds));
  }
}
