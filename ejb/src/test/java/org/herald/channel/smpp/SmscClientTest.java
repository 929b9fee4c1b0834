package org.herald.channel.smpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import org.herald.api.Medium;
import org.herald.channel.DeliveryReceipt;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;
import org.herald.channel.SendOutcome.Kind;
import org.jsmpp.extra.NegativeResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS channel's core against a simulated SMSC over real SMPP on a loopback port. */
class SmscClientTest {

  private static final String MARIA = "+35799123456";
  private static final Duration A_WHILE = Duration.ofSeconds(5);

  private final List<DeliveryReceipt> receipts = new CopyOnWriteArrayList<>();
  private volatile boolean refuseReceipts;
  private ScheduledExecutorService scheduler;
  private SmscSimulator smsc;
  private SmscClient client;

  @BeforeEach
  void start() {
    scheduler = Executors.newSingleThreadScheduledExecutor();
    smsc = SmscSimulator.start("herald", "secret");
    client = client("secret");
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    smsc.close();
    scheduler.shutdownNow();
  }

  @Test
  void aShortGsmTextIsOneMessageInTheDefaultAlphabet() {
    SendOutcome outcome =
        client.send(sms("CM000001", "Dear Maria, your payment of €12.50 arrived."));

    assertEquals(Kind.ACCEPTED, outcome.kind(), outcome.reply());
    assertEquals(1, outcome.parts());
    SmscSimulator.Submitted submitted = smsc.submitted().get(0);
    assertEquals(submitted.messageId(), outcome.reference());
    assertEquals("Dear Maria, your payment of €12.50 arrived.", submitted.text());
    assertEquals(0x00, submitted.dataCoding());
    assertFalse(submitted.udhi());
    assertEquals("35799123456", submitted.destination());
    assertEquals(1, submitted.destinationTon(), "international");
    assertEquals(1, submitted.destinationNpi(), "ISDN");
    assertEquals("Herald", submitted.source());
    assertEquals(0x01, submitted.registeredDelivery(), "a receipt on final delivery or failure");
  }

  @Test
  void aLongGreekTextGoesInConcatenatedUcs2Parts() {
    String text = "Αγαπητή Μαρία, η πληρωμή σας των €12,50 καταχωρήθηκε. Ευχαριστούμε! ".repeat(4);

    SendOutcome outcome = client.send(sms("CM000002", text));

    assertEquals(Kind.ACCEPTED, outcome.kind(), outcome.reply());
    int expectedParts = (text.length() + 66) / 67;
    assertEquals(expectedParts, outcome.parts());
    List<SmscSimulator.Submitted> parts = smsc.submitted();
    assertEquals(expectedParts, parts.size());
    assertTrue(parts.stream().allMatch(p -> p.dataCoding() == 0x08 && p.udhi()));
    assertTrue(parts.stream().allMatch(p -> p.registeredDelivery() == 0x01));
    assertEquals(List.of(text), smsc.messages(), "reassembled by the SMSC");
    assertEquals(parts.get(expectedParts - 1).messageId(), outcome.reference(), "the last part");
  }

  @Test
  void aDeliveredReceiptReachesTheSinkWithTheMessagesReference() throws Exception {
    SendOutcome outcome = client.send(sms("CM000003", "Your order has shipped."));

    smsc.sendReceipt(outcome.reference(), "DELIVRD", "000");

    DeliveryReceipt receipt = receipts.get(0);
    assertEquals(outcome.reference(), receipt.reference());
    assertTrue(receipt.delivered());
  }

  @Test
  void anUndeliverableReceiptCarriesTheSmscsErrorCode() throws Exception {
    SendOutcome outcome = client.send(sms("CM000004", "Your order has shipped."));

    smsc.sendReceipt(outcome.reference(), "UNDELIV", "005");

    assertEquals(
        List.of(new DeliveryReceipt(outcome.reference(), false, "005", "stat:UNDELIV err:005")),
        receipts);
  }

  @Test
  void aReceiptTheSinkCannotTakeIsRefusedForNowSoTheSmscSendsItAgain() throws Exception {
    SendOutcome outcome = client.send(sms("CM000017", "Your order has shipped."));
    refuseReceipts = true;

    NegativeResponseException refused =
        assertThrows(
            NegativeResponseException.class,
            () -> smsc.sendReceipt(outcome.reference(), "DELIVRD", "000"));
    assertEquals(0x64, refused.getCommandStatus(), "ESME_RX_T_APPN: temporary");

    refuseReceipts = false;
    smsc.sendReceipt(outcome.reference(), "DELIVRD", "000");
    assertEquals(outcome.reference(), receipts.get(0).reference());
  }

  @Test
  void aConcatenatedMessageIsDeliveredWhenAllItsPartsAre() throws Exception {
    SendOutcome outcome = client.send(sms("CM000005", "x".repeat(400)));
    List<SmscSimulator.Submitted> parts = smsc.submitted();
    assertEquals(3, parts.size());

    smsc.sendReceipt(parts.get(2).messageId(), "DELIVRD", "000");
    smsc.sendReceipt(parts.get(0).messageId(), "DELIVRD", "000");
    assertTrue(receipts.isEmpty(), "the second part is still out");
    smsc.sendReceipt(parts.get(1).messageId(), "DELIVRD", "000");

    assertEquals(1, receipts.size());
    assertEquals(outcome.reference(), receipts.get(0).reference());
    assertTrue(receipts.get(0).delivered());
  }

  @Test
  void aConcatenatedMessageFailsWithItsFirstFailedPart() throws Exception {
    SendOutcome outcome = client.send(sms("CM000006", "x".repeat(400)));
    List<SmscSimulator.Submitted> parts = smsc.submitted();

    smsc.sendReceipt(parts.get(1).messageId(), "EXPIRED", "000");
    smsc.sendReceipt(parts.get(0).messageId(), "DELIVRD", "000");

    assertEquals(
        List.of(
            new DeliveryReceipt(
                outcome.reference(), false, "000", "part 2 of 3: stat:EXPIRED err:000")),
        receipts,
        "decided once, by the failed part; later receipts of the message are not for the queue");
  }

  @Test
  void throttlingIsTransientWithTheCommandStatus() {
    smsc.refuseNext(1, 0x58);

    SendOutcome throttled = client.send(sms("CM000007", "Hello"));

    assertEquals(Kind.TRANSIENT_FAILURE, throttled.kind());
    assertEquals("0x00000058", throttled.code());
    assertTrue(throttled.reply().startsWith("ESME_RTHROTTLED"), throttled.reply());
    assertEquals(Kind.ACCEPTED, client.send(sms("CM000007", "Hello")).kind(), "later it goes");
  }

  @Test
  void aFullQueueAndASystemErrorAreTransientToo() {
    smsc.refuseNext(2, 0x14);
    assertEquals("0x00000014", client.send(sms("CM000008", "Hello")).code());
    smsc.refuseNext(1, 0x08);
    assertEquals(Kind.TRANSIENT_FAILURE, client.send(sms("CM000008", "Hello")).kind());
  }

  @Test
  void anInvalidDestinationIsPermanent() {
    smsc.refuseNext(1, 0x0B);

    SendOutcome outcome = client.send(sms("CM000009", "Hello"));

    assertEquals(Kind.PERMANENT_FAILURE, outcome.kind());
    assertEquals("0x0000000B", outcome.code());
    assertTrue(outcome.reply().contains("invalid destination address"), outcome.reply());
  }

  @Test
  void aPartRefusedAfterOthersWereAcceptedSaysWhichOne() {
    smsc.refuse(1, 1, 0x58);

    SendOutcome outcome = client.send(sms("CM000010", "y".repeat(200)));

    assertEquals(Kind.TRANSIENT_FAILURE, outcome.kind());
    String firstPart = smsc.submitted().get(0).messageId();
    assertTrue(outcome.reply().contains("part 2 of 2"), outcome.reply());
    assertTrue(outcome.reply().endsWith("parts accepted before it: " + firstPart), outcome.reply());
  }

  @Test
  void afterTheSmscUnbindsTheChannelBindsAgainAndSends() throws Exception {
    assertEquals(Kind.ACCEPTED, client.send(sms("CM000011", "before")).kind());

    smsc.unbindAll();

    assertTrue(smsc.awaitBinds(2, A_WHILE), "bound again without a send or a restart");
    assertEquals(Kind.ACCEPTED, client.send(sms("CM000012", "after")).kind());
  }

  @Test
  void afterTheConnectionDropsTheChannelBindsAgainAndReceiptsStillArrive() throws Exception {
    SendOutcome outcome = client.send(sms("CM000013", "before"));

    smsc.disconnectAll();
    assertTrue(smsc.awaitBinds(2, A_WHILE));
    smsc.sendReceipt(outcome.reference(), "DELIVRD", "000");

    assertEquals(outcome.reference(), receipts.get(0).reference());
    assertEquals(Kind.ACCEPTED, client.send(sms("CM000014", "after")).kind());
  }

  @Test
  void aRefusedBindIsTransientAndBackedOff() throws Exception {
    try (SmscClient wrong = client("wrong")) {
      SendOutcome first = wrong.send(sms("CM000015", "Hello"));
      SendOutcome second = wrong.send(sms("CM000015", "Hello"));

      assertEquals(Kind.TRANSIENT_FAILURE, first.kind());
      assertEquals("NOT_BOUND", first.code());
      assertTrue(first.reply().contains("bind"), first.reply());
      assertEquals("NOT_BOUND", second.code());
      assertTrue(second.reply().contains("next bind attempt"), second.reply());
    }
    assertEquals(0, smsc.binds());
  }

  @Test
  void anUnreachableSmscIsTransient() throws Exception {
    int port = smsc.port();
    smsc.close();
    try (SmscClient lonely =
        new SmscClient(settings(port, "secret"), receipts::add, scheduler, Clock.systemUTC())) {
      SendOutcome outcome = lonely.send(sms("CM000016", "Hello"));

      assertEquals(Kind.TRANSIENT_FAILURE, outcome.kind());
      assertEquals("NOT_BOUND", outcome.code());
    }
  }

  @Test
  void concurrentSendsShareOneBindWithinTheWindowAndAreAllAccepted() throws Exception {
    smsc.answerAfter(Duration.ofMillis(20));
    ExecutorService dispatchers = Executors.newFixedThreadPool(8);
    try {
      List<Callable<SendOutcome>> sends = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String number = String.format("CM%06d", 100 + i);
        sends.add(() -> client.send(sms(number, "Message " + number)));
      }
      List<String> references = new ArrayList<>();
      for (Future<SendOutcome> sent : dispatchers.invokeAll(sends)) {
        SendOutcome outcome = sent.get();
        assertEquals(Kind.ACCEPTED, outcome.kind(), outcome.reply());
        references.add(outcome.reference());
      }
      assertEquals(40, new HashSet<>(references).size(), "distinct references");
      assertEquals(40, smsc.messages().size());
      assertEquals(1, smsc.binds());
      assertTrue(smsc.mostInFlight() > 1, "submits overlapped: " + smsc.mostInFlight());
      assertTrue(smsc.mostInFlight() <= 4, "never more than the window: " + smsc.mostInFlight());
    } finally {
      dispatchers.shutdownNow();
    }
  }

  private void record(DeliveryReceipt receipt) {
    if (refuseReceipts) {
      throw new IllegalStateException("the queue cannot record it now");
    }
    receipts.add(receipt);
  }

  private SmscClient client(String password) {
    return new SmscClient(
        settings(smsc.port(), password), this::record, scheduler, Clock.systemUTC());
  }

  static SmppSettings settings(int port, String password) {
    return new SmppSettings(
        true,
        "127.0.0.1",
        port,
        "herald",
        password,
        "",
        "Herald",
        (byte) 5,
        (byte) 0,
        4,
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        Duration.ofSeconds(30),
        Duration.ofHours(1),
        Duration.ofMillis(50),
        Duration.ofMillis(500));
  }

  private static OutgoingMessage sms(String communicationNumber, String text) {
    return new OutgoingMessage(communicationNumber, Medium.SMS, MARIA, null, text);
  }
}
