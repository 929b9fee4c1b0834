package org.herald.queue.jms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DelayedWakeUpsTest {

  private final DelayedWakeUps wakeUps = new DelayedWakeUps();

  @Test
  void oneWakeUpIsSentForATimeHoweverManyAskForIt() {
    assertTrue(wakeUps.setFor(1_710, 1_000));
    assertFalse(wakeUps.setFor(1_710, 1_200));
    assertTrue(wakeUps.setFor(1_720, 1_200), "another time gets its own");
  }

  @Test
  void aWakeUpDeliveredEarlyMaySetItsTimeAgain() {
    assertTrue(wakeUps.setFor(1_710, 1_000));
    // The broker delivers it at 1,702: the dispatcher finds the entry due at 1,705 not yet due,
    // and asks for a wake-up at 1,710 again.
    wakeUps.delivered(1_710);
    assertTrue(wakeUps.setFor(1_710, 1_702), "the early one must not swallow the next");
  }

  @Test
  void timesPastAreForgotten() {
    assertTrue(wakeUps.setFor(1_710, 1_000));
    // Never delivered (a restarted broker lost it): once its time is past, it is set anew.
    assertTrue(wakeUps.setFor(1_710, 1_711));
  }
}
