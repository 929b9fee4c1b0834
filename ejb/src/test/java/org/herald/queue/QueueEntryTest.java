package org.herald.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.herald.api.Medium;
import org.herald.api.QueueState;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;
import org.herald.error.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class QueueEntryTest {

  private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

  /** Three attempts, 2 s then 4 s apart. */
  private final Backoff backoff = new Backoff(3, Duration.ofSeconds(2), Duration.ofHours(1));

  private final QueueEntry entry =
      new QueueEntry(
          7L,
          new OutgoingMessage(
              "CM000007",
              Medium.EMAIL,
              "maria@example.com",
              "Bill",
              "Dear Maria",
              "CT000007",
              null,
              null),
          false,
          now.plus(Duration.ofDays(7)),
          now);

  @Test
  void aNewEntryIsPendingDueAtOnceAndCarriesTheMessageToDeliver() {
    assertEquals(QueueState.PENDING, entry.getState());
    assertEquals(0, entry.getAttempts());
    assertTrue(entry.isDueAt(now));
    assertEquals("maria@example.com", entry.message().recipient());
    assertEquals("CM000007", entry.message().communicationNumber());
  }

  @Test
  void aDeliveredAttemptCompletesTheEntryAndIsLogged() {
    entry.claim("node-1", now);

    assertEquals(Optional.empty(), entry.settle(SendOutcome.delivered("250 OK"), backoff, now));
    assertEquals(QueueState.COMPLETED, entry.getState());
    assertEquals(1, entry.getAttempts());
    assertEquals("250 OK", entry.attemptsRecorded().get(0).getPeerReply());
    assertEquals(now, entry.getCompletedAt());
  }

  @Test
  void aPermanentFailureRejectsWithThePeersCodeAndReason() {
    entry.claim("node-1", now);

    entry.settle(SendOutcome.permanentFailure("550", "550 mailbox unavailable"), backoff, now);
    assertEquals(QueueState.REJECTED, entry.getState());
    assertEquals("550", entry.getErrorCode());
    assertEquals("550 mailbox unavailable", entry.getErrorReason());
  }

  @Test
  void aTransientFailureIsRetriedAfterTheBackoffThenRejectedAfterTheLastAttempt() {
    SendOutcome later = SendOutcome.transientFailure("451", "451 try later");

    entry.claim("node-1", now);
    assertEquals(Optional.of(now.plusSeconds(2)), entry.settle(later, backoff, now));
    assertEquals(QueueState.PENDING, entry.getState());
    assertEquals("451", entry.getErrorCode(), "the last failure is shown meanwhile");
    assertFalse(entry.isDueAt(now.plusMillis(1999)), "not claimed before its time");
    assertThrows(IllegalTransitionException.class, () -> entry.claim("node-1", now.plusSeconds(1)));

    entry.claim("node-1", now.plusSeconds(2));
    assertEquals(Optional.of(now.plusSeconds(6)), entry.settle(later, backoff, now.plusSeconds(2)));

    entry.claim("node-1", now.plusSeconds(6));
    assertEquals(Optional.empty(), entry.settle(later, backoff, now.plusSeconds(6)));
    assertEquals(QueueState.REJECTED, entry.getState());
    assertEquals(3, entry.getAttempts());
    assertEquals(3, entry.getClaims());
    assertEquals("451 try later", entry.getErrorReason());
  }

  @Test
  void anAcceptedMessageWaitsPendingForItsReceiptAndIsNotSentAgain() {
    entry.claim("node-1", now);
    entry.settle(SendOutcome.accepted("msg-42", 3, "submit_sm_resp OK"), backoff, now);

    assertEquals(QueueState.PENDING, entry.getState());
    assertTrue(entry.isAwaitingReceipt());
    assertFalse(entry.isDispatchableAt(now), "a second signal finds nothing to send");
    assertFalse(entry.isExpiredAt(now.plus(Duration.ofDays(8))), "its receipt decides, not expiry");
    assertEquals("msg-42", entry.getPeerReference());
    assertEquals(3, entry.getParts());

    entry.complete(now.plusSeconds(5));
    assertFalse(entry.isAwaitingReceipt(), "a second receipt finds nothing to decide");
  }

  @Test
  void aClaimedEntryIsNobodyElsesUntilItsAttemptIsRecorded() {
    entry.claim("node-1", now);

    assertFalse(entry.isDispatchableAt(now));
    assertThrows(IllegalTransitionException.class, () -> entry.claim("node-2", now));
    assertTrue(entry.isStaleClaimAt(now.plus(Duration.ofMinutes(10)), Duration.ofMinutes(10)));

    entry.settle(SendOutcome.transientFailure("451", "later"), backoff, now);
    assertFalse(entry.isStaleClaimAt(now.plus(Duration.ofDays(1)), Duration.ofMinutes(10)));
  }

  @Test
  void aRateSlotMakesTheEntryWaitForItOnceAndAnAttemptUsesItUp() {
    Instant slot = now.plusMillis(250);
    entry.reserveRateSlot(slot, now);

    assertTrue(entry.hasRateSlot());
    assertFalse(entry.isDueAt(now.plusMillis(249)));
    assertTrue(entry.isDueAt(slot));
    assertThrows(
        IllegalTransitionException.class,
        () -> entry.reserveRateSlot(slot.plusSeconds(1), slot),
        "given its slot once");

    entry.claim("node-1", slot);
    entry.settle(SendOutcome.transientFailure("451", "later"), backoff, slot);
    assertFalse(entry.hasRateSlot(), "the retry asks the limit again");
  }

  @Test
  void onlyADueEntryIsGivenARateSlot() {
    entry.claim("node-1", now);
    assertThrows(
        IllegalTransitionException.class, () -> entry.reserveRateSlot(now.plusSeconds(1), now));
  }

  @Test
  void anEntryExpiresFromItsExpirationDateOnAndIsRejectedExpired() {
    Instant expiry = now.plus(Duration.ofDays(7));
    assertFalse(entry.isExpiredAt(expiry.minusMillis(1)));
    assertThrows(IllegalTransitionException.class, () -> entry.expire(expiry.minusMillis(1)));
    assertTrue(entry.isExpiredAt(expiry));
    assertFalse(entry.isDispatchableAt(expiry));

    entry.expire(expiry);
    assertEquals(QueueState.REJECTED, entry.getState());
    assertEquals(QueueEntry.EXPIRED, entry.getErrorCode());
  }

  @Test
  void aFinishedEntryCannotBeSentOrChangedAgain() {
    entry.complete(now);

    assertFalse(entry.isDispatchableAt(now));
    assertThrows(IllegalTransitionException.class, () -> entry.reject("X", "late", now));
    assertThrows(IllegalTransitionException.class, () -> entry.complete(now));
    assertThrows(
        IllegalTransitionException.class,
        () -> entry.settle(SendOutcome.delivered("250"), backoff, now));
  }

  @Test
  void aPulledEntryIsNeverDispatchedByHerald() {
    QueueEntry pulled =
        new QueueEntry(8L, entry.message(), true, now.plus(Duration.ofDays(7)), now);
    assertFalse(pulled.isDispatchableAt(now));
    assertNull(pulled.getErrorCode());
  }

  @Test
  void whatAPeerSaidIsKeptCleanAndCutToItsColumns() {
    String huge = "HTTP 410: \u0000gone\r\n" + "x".repeat(5000);
    entry.claim("node-1", now);
    entry.settle(SendOutcome.permanentFailure("E\u0000" + "9".repeat(80), huge), backoff, now);

    QueueAttempt attempt = entry.attemptsRecorded().get(0);
    for (String reply : new String[] {attempt.getPeerReply(), entry.getErrorReason()}) {
      assertEquals(QueueAttempt.MAX_REPLY, reply.length());
      assertTrue(reply.startsWith("HTTP 410: gone xxx"), reply);
      assertTrue(reply.endsWith(PeerText.CUT), reply);
    }
    for (String code : new String[] {attempt.getCode(), entry.getErrorCode()}) {
      assertEquals(QueueAttempt.MAX_CODE, code.length());
      assertTrue(code.startsWith("E 999"), code);
    }
  }

  @Test
  void longPeerRepliesAreCut() {
    entry.claim("node-1", now);
    entry.settle(SendOutcome.transientFailure("4xx", "x".repeat(5000)), backoff, now);
    assertEquals(QueueAttempt.MAX_REPLY, entry.attemptsRecorded().get(0).getPeerReply().length());
    assertEquals(QueueAttempt.MAX_REPLY, entry.getErrorReason().length());
  }

  @Test
  void aClaimIsKnownByItsNodeAndItsNumberSoALateOutcomeOfAnEarlierClaimIsNotTakenForIt() {
    entry.claim("node-1", now);
    assertTrue(entry.isHeldBy("node-1", 1));
    assertFalse(entry.isHeldBy("node-2", 1));
    entry.settle(SendOutcome.transientFailure("421", "busy"), backoff, now);
    assertFalse(entry.isHeldBy("node-1", 1), "settled: held by nobody");

    entry.claim("node-1", now.plusSeconds(2));
    assertFalse(entry.isHeldBy("node-1", 1), "the first claim's outcome is not this one's");
    assertTrue(entry.isHeldBy("node-1", 2));
  }

  @Test
  void aClaimNeverHandedOverIsReleasedAndDueAgainWithoutAnAttempt() {
    entry.claim("node-1", now);
    entry.release(now.plusSeconds(5));

    assertTrue(entry.isDueAt(now.plusSeconds(5)));
    assertEquals(0, entry.getAttempts());
    assertEquals(QueueState.PENDING, entry.getState());
    assertThrows(IllegalTransitionException.class, () -> entry.release(now.plusSeconds(6)));
  }

  @Test
  void aClaimWhoseHandoverWasUnderWayIsAbandonedAsOutcomeUnknown() {
    entry.claim("node-1", now);
    entry.abandon(now.plusSeconds(5));

    assertEquals(QueueState.REJECTED, entry.getState());
    assertEquals(QueueEntry.OUTCOME_UNKNOWN, entry.getErrorCode());
    assertFalse(entry.isHeldBy("node-1", 1));
    assertThrows(IllegalTransitionException.class, () -> entry.abandon(now.plusSeconds(6)));
  }

  @Test
  void anEntryNoChannelServesWaitsUntilItIsLookedAtAgain() {
    Instant later = now.plusSeconds(120);
    entry.awaitChannel(later, now);

    assertFalse(entry.isDueAt(now.plusSeconds(119)));
    assertTrue(entry.isDueAt(later));
    entry.claim("node-1", later);
    assertThrows(IllegalTransitionException.class, () -> entry.awaitChannel(later, later));
  }
}
