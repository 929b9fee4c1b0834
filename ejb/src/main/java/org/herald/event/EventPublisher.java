package org.herald.event;

/**
 * Hands an accepted event to asynchronous processing, in the caller's transaction: the message goes
 * if and only if the event row commits.
 */
public interface EventPublisher {

  void publish(long eventId);
}
