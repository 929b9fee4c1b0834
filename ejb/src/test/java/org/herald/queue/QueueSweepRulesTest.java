package org.herald.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.herald.api.Medium;
import org.herald.channel.OutgoingMessage;
import org.herald.queue.QueueSweepCases.Case;
import org.herald.queue.QueueSweepCases.Sweep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The entry's rules on the cases the sweeps' SQL is run against in QueueSweepsIT: whatever a sweep
 * takes in bulk, the entry says of itself, and nothing else.
 */
class QueueSweepRulesTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  static Stream<Case> cases() {
    return QueueSweepCases.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theEntrySaysWhichSweepsTakeIt(Case c) {
    QueueEntry entry = asLoaded(c);
    Set<Sweep> taking = EnumSet.noneOf(Sweep.class);
    for (Sweep sweep : Sweep.values()) {
      if (takes(sweep, entry)) {
        taking.add(sweep);
      }
    }
    assertEquals(c.sweeps(), taking);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void anEntryTheExpirySweepTakesExpiresAsTheSweepLeavesIt(Case c) {
    QueueEntry entry = asLoaded(c);
    if (entry.isExpiredAt(NOW)) {
      entry.expire(NOW);
      assertEquals(Sweep.EXPIRE.stateAfter, entry.getState());
      assertEquals(Sweep.EXPIRE.errorCodeAfter, entry.getErrorCode());
      assertEquals(QueueEntry.EXPIRED_REASON, entry.getErrorReason());
    }
  }

  private static boolean takes(Sweep sweep, QueueEntry entry) {
    return switch (sweep) {
      case EXPIRE -> entry.isExpiredAt(NOW);
      case RECEIPT_TIMEOUT -> entry.isReceiptOverdueAt(NOW, QueueSweepCases.RECEIPT_TIMEOUT);
      case ABANDON_CLAIMS -> entry.isStaleClaimAt(NOW, QueueSweepCases.CLAIM_TIMEOUT);
      case STRANDED -> entry.isStrandedAt(NOW, QueueSweepCases.REDISPATCH_AFTER);
      case DUE -> entry.isClaimableAt(NOW);
    };
  }

  /** The entry as JPA would load the case's row: its fields set as the columns say. */
  private static QueueEntry asLoaded(Case c) {
    QueueEntry entry =
        new QueueEntry(
            1L,
            new OutgoingMessage(
                "CM000001", Medium.EMAIL, "a@herald.test", "S", "C", "CT000001", null, null),
            c.pulled(),
            c.expiresAt(NOW),
            NOW.minus(Duration.ofDays(40)));
    set(entry, "state", c.state());
    set(entry, "claimedBy", c.claimedAgo() == null ? null : "some-node");
    set(entry, "claimedAt", c.claimedAt(NOW));
    set(entry, "awaitingReceiptSince", c.acceptedAt(NOW));
    set(entry, "nextAttemptAt", c.nextAttemptAt(NOW));
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
