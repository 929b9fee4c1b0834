package org.herald.event.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.ArrayList;
import java.util.List;
import org.herald.event.EventProcessing;
import org.herald.event.EventPublisher;

/**
 * Processes the accepted events of a message (one, or those a POST accepted together) in the
 * message's transaction: a failure rolls both back and the broker redelivers, and processing them
 * again makes no communication twice. A redelivered message of several events is split into one
 * message per event instead, so one event that keeps failing holds back none of the others.
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
  @Inject EventPublisher publisher;

  @Override
  public void onMessage(Message message) {
    try {
      if (message.isBodyAssignableTo(Long.class)) {
        processing.process(message.getBody(Long.class));
        return;
      }
      List<Long> ids = ids(message.getBody(String.class));
      if (message.getJMSRedelivered() && ids.size() > 1) {
        ids.forEach(publisher::publish);
      } else {
        processing.processAll(ids);
      }
    } catch (JMSException e) {
      throw new IllegalStateException("unreadable event message", e);
    }
  }

  /** The text of a message of several events: their row ids, separated by commas. */
  public static String idsText(List<Long> ids) {
    StringBuilder text = new StringBuilder();
    for (long id : ids) {
      text.append(text.length() == 0 ? "" : ",").append(id);
    }
    return text.toString();
  }

  static List<Long> ids(String text) {
    List<Long> ids = new ArrayList<>();
    for (String id : text.split(",")) {
      ids.add(Long.parseLong(id));
    }
    return ids;
  }
}
