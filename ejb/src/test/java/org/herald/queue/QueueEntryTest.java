package org.herald.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.herald.api.Medium;
import org.herald.api.QueueState;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;
import org.herald.error.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class QueueEntryTest {

  private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
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
  void aNewEntryIsPendingAndCarriesTheMessageToDeliver() {
    assertEquals(QueueState.PENDING, entry.getState());
    assertEquals(0, entry.getAttempts());
    assertEquals("maria@example.com", entry.message().recipient());
    assertEquals("CM000007", entry.message().communicationNumber());
  }

  @Test
  void aDeliveredAttemptCompletesTheEntryAndIsLogged() {
    entry.recordAttempt(SendOutcome.delivered("250 OK"), now);
    entry.complete(now);

    assertEquals(QueueState.COMPLETED, entry.getState());
    assertEquals(1, entry.getAttempts());
    assertEquals("250 OK", entry.getAttemptLog().get(0).getPeerReply());
    assertEquals(now, entry.getCompletedAt());
  }

  @Test
  void aRejectionKeepsThePeersCodeAndReason() {
    entry.recordAttempt(SendOutcome.permanentFailure("550", "550 mailbox unavailable"), now);
    entry.reject("550", "550 mailbox unavailable", now);

    assertEquals(QueueState.REJECTED, entry.getState());
    assertEquals("550", entry.getErrorCode());
    assertEquals("550 mailbox unavailable", entry.getErrorReason());
  }

  @Test
  void aRetryStaysPendingUntilItsTime() {
    entry.recordAttempt(SendOutcome.transientFailure("451", "451 try later"), now);
    entry.retryAt(now.plusSeconds(30), "451", "451 try later");

    assertEquals(QueueState.PENDING, entry.getState());
    assertEquals(now.plusSeconds(30), entry.getNextAttemptAt());
    assertEquals("451", entry.getErrorCode());
  }

  @Test
  void anAcceptedMessageWaitsPendingForItsReceipt() {
    entry.recordAttempt(SendOutcome.accepted("msg-42", 3, "submit_sm_resp OK"), now);
    entry.awaitReceipt("msg-42", 3, now);

    assertEquals(QueueState.PENDING, entry.getState());
    assertTrue(entry.isAwaitingReceipt());
    assertEquals("msg-42", entry.getPeerReference());
    assertEquals(3, entry.getParts());

    entry.complete(now.plusSeconds(5));
    assertFalse(entry.isAwaitingReceipt(), "a second receipt finds nothing to decide");
  }

  @Test
  void aFinishedEntryCannotBeSentOrChangedAgain() {
    entry.complete(now);

    assertThrows(IllegalTransitionException.class, () -> entry.reject("X", "late", now));
    assertThrows(IllegalTransitionException.class, () -> entry.complete(now));
    assertThrows(
        IllegalTransitionException.class,
        () -> entry.recordAttempt(SendOutcome.delivered("250"), now));
  }

  @Test
  void anEntryIsExpiredFromItsExpirationDateOn() {
    assertFalse(entry.isExpired(now));
    assertTrue(entry.isExpired(now.plus(Duration.ofDays(7))));
  }

  @Test
  void whatAPeerSaidIsKeptCleanAndCutToItsColumns() {
    String huge = "HTTP 410: \u0000gone\r\n" + "x".repeat(5000);
    entry.recordAttempt(SendOutcome.permanentFailure("E\u0000" + "9".repeat(80), huge), now);
    entry.reject("E\u0000" + "9".repeat(80), huge, now);

    QueueAttempt attempt = entry.getAttemptLog().get(0);
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
}
