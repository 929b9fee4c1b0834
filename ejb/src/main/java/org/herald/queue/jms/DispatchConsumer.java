package org.herald.queue.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.herald.queue.Dispatcher;

/**
 * Receives wake-ups and has the {@link Dispatcher} deliver what is due. The message's body is not
 * read: any message is a wake-up (those of earlier versions carried an entry id); a delayed one
 * carries the time it was set for, which {@link JmsDispatchSignals} may then set again. Not
 * transacted: the dispatcher keeps its own short transactions around the sends.
 */
@JMSDestinationDefinition(
    name = DispatchConsumer.QUEUE,
    interfaceName = "jakarta.jms.Queue",
    destinationName = "HeraldDispatch")
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = DispatchConsumer.QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DispatchConsumer implements MessageListener {

  public static final String QUEUE = "java:app/jms/HeraldDispatch";

  @Inject Dispatcher dispatcher;
  @Inject JmsDispatchSignals signals;

  @Override
  public void onMessage(Message message) {
    try {
      if (message.propertyExists(JmsDispatchSignals.DUE)) {
        signals.delivered(message.getLongProperty(JmsDispatchSignals.DUE));
      }
    } catch (JMSException e) {
      // Only the bookkeeping of delayed wake-ups: this one wakes the dispatcher all the same.
    }
    dispatcher.wake();
  }
}
