package org.herald.queue.jms;

import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The times (epoch ms) delayed wake-ups are set for, so that however many entries fall due at one
 * time, one wake-up is sent for it. A time leaves the set when its wake-up is delivered, before the
 * dispatcher looks for due entries: the broker may deliver a delayed message a little early, the
 * dispatcher then finds the entry not yet due and asks for a wake-up at that same time again, and
 * it must be sent, not taken for the one just delivered (that wake-up was lost, and the entry
 * waited for the redispatch sweep, 20–30 s in the integration suite).
 */
final class DelayedWakeUps {

  private final ConcurrentSkipListSet<Long> set = new ConcurrentSkipListSet<>();

  /**
   * Whether a wake-up at {@code due} must be sent: none is set for then. Times past are forgotten
   * (their wake-ups were delivered, or are late, or were lost with a restarted broker).
   */
  boolean setFor(long due, long now) {
    set.headSet(now).clear();
    return set.add(due);
  }

  /** The wake-up set for {@code due} was delivered. */
  void delivered(long due) {
    set.remove(due);
  }
}
