package org.herald.queue;

import java.time.Instant;

/**
 * How the queue asks for its entries to be dispatched, without knowing the transport (JMS, in
 * {@code queue.jms}). A signal carries only an entry id: the row is the truth, so a duplicate
 * signal is harmless (the claim decides) and a lost one only delays (the sweep finds the entry).
 */
public interface DispatchSignals {

  /** Dispatch the entry as soon as possible. */
  void signal(long entryId);

  /** Dispatch the entry at {@code at}, not earlier. */
  void signalAt(long entryId, Instant at);
}
