package org.herald.event.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.herald.event.EventProcessing;

/**
 * Processes one accepted event per message, in the message's transaction: a failure rolls both back
 * and the broker redelivers, and processing it again makes no communication twice.
 */
@JMSDestinationDefinition(
    name = EventConsumer.QUEUE,
    interfaceName = "jakarta.jms.Queue",
    destinationName = "HeraldEvents")
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = EventConsumer.QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
public class EventConsumer implements MessageListener {

  public static final String QUEUE = "java:app/jms/HeraldEvents";

  @Inject EventProcessing processing;

  @Override
  public void onMessage(Message message) {
    try {
      processing.process(message.getBody(Long.class));
    } catch (JMSException e) {
      throw new IllegalStateException("unreadable event message", e);
    }
  }
}
