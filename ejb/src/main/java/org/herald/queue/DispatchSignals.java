package org.herald.queue;

import java.time.Duration;

/**
 * How the queue asks for an entry to be dispatched, now or after a delay. The queue owns this port;
 * the messaging technology that carries the request (JMS, in {@code queue.jms}) implements it, so
 * the queue's rules never depend on it.
 */
public interface DispatchSignals {

  /** Dispatch this entry as soon as a dispatcher is free; joins the caller's transaction. */
  void request(long entryId);

  /** Dispatch this entry once {@code delay} has passed; joins the caller's transaction. */
  void requestLater(long entryId, Duration delay);
}
