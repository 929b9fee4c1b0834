package org.herald.event;

import java.util.List;

/**
 * Hands accepted events to asynchronous processing, in the caller's transaction: the message goes
 * if and only if the event rows commit.
 */
public interface EventPublisher {

  void publish(long eventId);

  /**
   * Hands several events over in one message, processed together in one transaction (those one POST
   * accepted): one message and one transaction per request, not per event.
   */
  void publishAll(List<Long> eventIds);
}
