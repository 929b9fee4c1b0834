package org.herald.channel.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.herald.api.Medium;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;
import org.herald.channel.SendOutcome.Kind;
import org.herald.settings.EmailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The email channel's core against GreenMail's SMTP server on a loopback port. */
class SmtpSenderTest {

  private static final String MARIA = "maria@example.com";

  private MailServer server;
  private SmtpSender sender;

  private void start(MailServer mailServer, int poolSize) {
    server = mailServer;
    sender =
        new SmtpSender(
            new EmailServer(
                true, "127.0.0.1", server.port(), null, null, false, "herald@company-zx.com"),
            null,
            Duration.ofSeconds(5),
            poolSize);
  }

  @AfterEach
  void stop() {
    sender.close();
    server.close();
  }

  @Test
  void plainTextGoesAsTextPlainInUtf8WithAStableMessageId() throws Exception {
    start(MailServer.start(), 4);

    SendOutcome outcome =
        sender.send(email("CM000001", "Απόδειξη πληρωμής €50", "Dear Maria, 1 < 2 and €50."));

    assertEquals(Kind.DELIVERED, outcome.kind(), outcome.reply());
    assertTrue(outcome.reply().startsWith("250"), outcome.reply());
    MimeMessage received = server.received().get(0);
    assertTrue(received.isMimeType("text/plain"), received.getContentType());
    assertTrue(received.getContentType().toLowerCase().contains("charset=utf-8"));
    assertEquals("Dear Maria, 1 < 2 and €50.", ((String) received.getContent()).trim());
    assertEquals("Απόδειξη πληρωμής €50", received.getSubject());
    assertTrue(received.getHeader("Subject")[0].startsWith("=?UTF-8?"), "encoded on the wire");
    assertEquals("<CM000001.herald@company-zx.com>", received.getMessageID());
  }

  @Test
  void htmlGoesAsMultipartAlternativeWithADerivedTextPart() throws Exception {
    start(MailServer.start(), 4);
    String html =
        "<p>Dear <b>Maria</b>,</p><p>Your payment of €50 arrived.<br>"
            + "See it <a href=\"https://portal.example.com/p/42\">in the portal</a>.</p>";

    SendOutcome outcome = sender.send(email("CM000002", "Payment receipt", html));

    assertEquals(Kind.DELIVERED, outcome.kind(), outcome.reply());
    MimeMessage received = server.received().get(0);
    assertTrue(received.isMimeType("multipart/alternative"), received.getContentType());
    Multipart parts = (Multipart) received.getContent();
    assertEquals(2, parts.getCount());
    assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
    assertTrue(parts.getBodyPart(0).getContentType().toLowerCase().contains("charset=utf-8"));
    assertEquals(
        "Dear Maria,\n\nYour payment of €50 arrived.\n"
            + "See it in the portal (https://portal.example.com/p/42).",
        ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n").trim());
    assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
    assertTrue(parts.getBodyPart(1).getContentType().toLowerCase().contains("charset=utf-8"));
    assertEquals(html, ((String) parts.getBodyPart(1).getContent()).trim());
    assertEquals("<CM000002.herald@company-zx.com>", received.getMessageID());
  }

  @Test
  void manyMessagesFromManyThreadsShareAFewConnections() throws Exception {
    start(MailServer.start(), 3);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Callable<SendOutcome>> sends = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String number = String.format("CM%06d", i);
      sends.add(() -> sender.send(email(number, "Receipt " + number, "Thank you.")));
    }
    try {
      for (Future<SendOutcome> outcome : threads.invokeAll(sends)) {
        assertEquals(Kind.DELIVERED, outcome.get().kind(), outcome.get().reply());
      }
    } finally {
      threads.shutdownNow();
    }

    assertEquals(200, server.received().size());
    assertTrue(server.connections() <= 3, server.connections() + " connections for a pool of 3");
  }

  @Test
  void aTemporaryRefusalIsTransientAndTheNextAttemptIsAccepted() throws Exception {
    start(MailServer.start(), 4);
    server.refuseRecipients(1, "451 4.3.0 Mailbox busy, try again later");

    SendOutcome first = sender.send(email("CM000003", "Receipt", "Thank you."));
    SendOutcome second = sender.send(email("CM000003", "Receipt", "Thank you."));

    assertEquals(Kind.TRANSIENT_FAILURE, first.kind(), first.reply());
    assertEquals("451", first.code());
    assertTrue(first.reply().contains("Mailbox busy"), first.reply());
    assertEquals(Kind.DELIVERED, second.kind(), second.reply());
    assertEquals(1, server.received().size());
    assertEquals(1, server.connections(), "a refusal leaves the connection usable");
  }

  @Test
  void aPermanentRefusalIsPermanentWithTheServersCode() {
    start(MailServer.start(), 4);
    server.refuseRecipients(1, "550 5.1.1 No such mailbox");

    SendOutcome outcome = sender.send(email("CM000004", "Receipt", "Thank you."));

    assertEquals(Kind.PERMANENT_FAILURE, outcome.kind(), outcome.reply());
    assertEquals("550", outcome.code());
    assertTrue(outcome.reply().contains("No such mailbox"), outcome.reply());
    assertEquals(0, server.received().size());
  }

  @Test
  void aRefusalOfTheDataIsReportedNotRepeated() {
    start(MailServer.start(), 4);
    server.refuseData(1, "452 4.3.1 Insufficient system storage");

    SendOutcome outcome = sender.send(email("CM000005", "Receipt", "Thank you."));

    assertEquals(Kind.TRANSIENT_FAILURE, outcome.kind(), outcome.reply());
    assertEquals("452", outcome.code());
    assertEquals(1, server.dataReceived());
    assertEquals(0, server.received().size());
  }

  @Test
  void aConnectionTheServerClosedWhileIdleIsReplacedWithoutAFailure() throws Exception {
    start(MailServer.closingIdleAfter(200), 4);
    assertEquals(Kind.DELIVERED, sender.send(email("CM000006", "One", "First.")).kind());
    Thread.sleep(600); // the server says 421 and closes the pooled connection meanwhile

    SendOutcome outcome = sender.send(email("CM000007", "Two", "Second."));

    assertEquals(Kind.DELIVERED, outcome.kind(), outcome.reply());
    assertEquals(2, server.received().size());
    assertEquals(2, server.connections());
  }

  @Test
  void aConnectionLostAfterTheDataWasSentIsNotTriedAgain() {
    start(MailServer.start(), 4);
    assertEquals(Kind.DELIVERED, sender.send(email("CM000008", "One", "First.")).kind());
    server.dropAfterNextData();

    SendOutcome outcome = sender.send(email("CM000009", "Two", "Second."));

    // The server may have kept it: the queue decides, and the Message-ID lets receivers dedupe.
    assertEquals(Kind.TRANSIENT_FAILURE, outcome.kind(), outcome.reply());
    assertEquals(2, server.dataReceived(), "the second message's DATA went out exactly once");
    assertEquals(1, server.connections());
    assertEquals(
        Kind.DELIVERED, sender.send(email("CM000010", "Three", "Third.")).kind(), "reconnects");
  }

  @Test
  void anUnreachableServerIsATransientConnectionFailure() {
    start(MailServer.start(), 4);
    int port = server.port();
    server.close();
    server = MailServer.start(); // for stop()
    SmtpSender unreachable =
        new SmtpSender(
            new EmailServer(true, "127.0.0.1", port, null, null, false, "herald@company-zx.com"),
            null,
            Duration.ofSeconds(2),
            1);

    AtomicInteger handovers = new AtomicInteger();
    SendOutcome outcome =
        unreachable.send(email("CM000011", "Receipt", "Thank you."), handovers::incrementAndGet);
    unreachable.close();

    assertEquals(Kind.TRANSIENT_FAILURE, outcome.kind(), outcome.reply());
    assertEquals("CONNECTION", outcome.code());
    assertEquals(0, handovers.get(), "no connection: the message never started to go");
  }

  @Test
  void theHandoverIsToldOnceAConnectionIsHeldAndAFailingOneGivesItBack() {
    start(MailServer.start(), 1);
    AtomicInteger handovers = new AtomicInteger();

    SendOutcome sent =
        sender.send(email("CM000012", "Receipt", "Thank you."), handovers::incrementAndGet);
    assertEquals(Kind.DELIVERED, sent.kind(), sent.reply());
    assertEquals(1, handovers.get());

    RuntimeException journalFull = new IllegalStateException("disk full");
    RuntimeException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                sender.send(
                    email("CM000013", "Receipt", "Thank you."),
                    () -> {
                      throw journalFull;
                    }));
    assertSame(journalFull, thrown);
    // The one connection of the pool was given back: the next message finds it.
    assertEquals(Kind.DELIVERED, sender.send(email("CM000014", "Receipt", "Again.")).kind());
    assertEquals(2, server.received().size(), "the refused handover sent nothing");
  }

  private static OutgoingMessage email(String number, String subject, String content) {
    return new OutgoingMessage(number, Medium.EMAIL, MARIA, subject, content);
  }
}
