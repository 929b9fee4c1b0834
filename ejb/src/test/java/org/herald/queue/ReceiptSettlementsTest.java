package org.herald.queue;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import org.herald.api.Medium;
import org.herald.api.QueueState;
import org.herald.channel.OutgoingMessage;
import org.junit.jupiter.api.Test;

/** Which entry a receipt settles when an SMSC's restarted numbering gave two the same id. */
class ReceiptSettlementsTest {

  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

  @Test
  void theEntryAwaitingTheReceiptOwnsItNotAnEarlierOneDone() {
    QueueEntry done = entry(QueueState.COMPLETED, null);
    QueueEntry awaiting = entry(QueueState.PENDING, NOW);
    assertSame(awaiting, ReceiptSettlements.likelierOwner(done, awaiting));
    assertSame(awaiting, ReceiptSettlements.likelierOwner(awaiting, done));
  }

  @Test
  void ofTwoAwaitingTheLatestAcceptedOwnsIt() {
    QueueEntry older = entry(QueueState.PENDING, NOW.minus(Duration.ofDays(2)));
    QueueEntry newer = entry(QueueState.PENDING, NOW);
    assertSame(newer, ReceiptSettlements.likelierOwner(older, newer));
    assertSame(newer, ReceiptSettlements.likelierOwner(newer, older));
  }

  private static QueueEntry entry(QueueState state, Instant acceptedAt) {
    QueueEntry entry =
        new QueueEntry(
            1L,
            new OutgoingMessage(
                "CM000001", Medium.SMS, "+35799000000", null, "C", "CT000001", null, null),
            false,
            NOW.plus(Duration.ofDays(3)),
            NOW.minus(Duration.ofDays(3)));
    set(entry, "state", state);
    set(entry, "awaitingReceiptSince", acceptedAt);
    return entry;
  }

  private static void set(QueueEntry entry, String field, Object value) {
    try {
      Field f = QueueEntry.class.getDeclaredField(field);
      f.setAccessible(true);
      f.set(entry, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
