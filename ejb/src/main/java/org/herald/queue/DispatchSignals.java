package org.herald.queue;

import java.time.Instant;

/**
 * How the queue wakes its dispatchers, without knowing the transport (JMS, in {@code queue.jms}). A
 * wake-up carries nothing: the rows are the truth, and a woken dispatcher claims whatever is due.
 * So a duplicate wake-up is harmless (it finds nothing) and a lost one only delays (the sweep finds
 * the overdue entries and wakes a dispatcher).
 */
public interface DispatchSignals {

  /**
   * Entries became due: wake a dispatcher once the caller's transaction has committed (at once
   * without one). Many calls in one transaction, or close together, make one wake-up.
   */
  void wake();

  /** Wake a dispatcher at {@code at}, not earlier: something falls due then. */
  void wakeAt(Instant at);
}
