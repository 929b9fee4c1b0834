package org.herald.channel.smpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.herald.TestClock;
import org.herald.channel.DeliveryReceipt;
import org.junit.jupiter.api.Test;

class MultipartReceiptsTest {

  private final TestClock clock = new TestClock(Instant.parse("2025-01-01T00:00:00Z"));
  private final MultipartReceipts receipts = new MultipartReceipts(Duration.ofHours(1), clock);

  @Test
  void aSinglePartsReceiptPassesStraightThrough() {
    assertEquals(Optional.empty(), receipts.expect(List.of("A")));

    assertEquals(delivered("A", "stat:DELIVRD"), receipts.report("A", true, "000", "stat:DELIVRD"));
  }

  @Test
  void aConcatenatedMessageIsDeliveredWithItsLastOutstandingPart() {
    receipts.expect(List.of("A", "B", "C"));

    assertEquals(Optional.empty(), receipts.report("C", true, "000", "ok"));
    assertEquals(Optional.empty(), receipts.report("A", true, "000", "ok"));
    assertEquals(delivered("C", "all 3 parts: ok"), receipts.report("B", true, "000", "ok"));
  }

  @Test
  void theFirstFailedPartDecidesAndTheOthersAreAbsorbed() {
    receipts.expect(List.of("A", "B", "C"));

    assertEquals(
        Optional.of(new DeliveryReceipt("C", false, "005", "part 1 of 3: lost")),
        receipts.report("A", false, "005", "lost"));
    assertEquals(Optional.empty(), receipts.report("C", true, "000", "ok"));
    assertEquals(Optional.empty(), receipts.report("B", false, "001", "lost too"));
  }

  @Test
  void aReceiptThatOvertookTheLastSubmitCountsForItsMessage() {
    // Part A was rejected at once, before part B's submit_sm_resp came back.
    Optional<DeliveryReceipt> early = receipts.report("A", false, "011", "rejected");
    assertEquals("A", early.orElseThrow().reference(), "unplaced, so passed on as it is");

    assertEquals(
        Optional.of(new DeliveryReceipt("B", false, "011", "part 1 of 2: rejected")),
        receipts.expect(List.of("A", "B")));
  }

  @Test
  void afterTheReceiptTimeoutTheLastPartDecidesAlone() {
    receipts.expect(List.of("A", "B"));
    clock.advance(Duration.ofHours(1));

    assertEquals(delivered("B", "ok"), receipts.report("B", true, "000", "ok"));
  }

  @Test
  void receiptsNeverPlacedAreForgottenAfterAMinute() {
    receipts.report("A", false, "011", "rejected");
    clock.advance(Duration.ofMinutes(1));

    assertEquals(Optional.empty(), receipts.expect(List.of("A", "B")));
  }

  private static Optional<DeliveryReceipt> delivered(String reference, String text) {
    return Optional.of(new DeliveryReceipt(reference, true, "000", text));
  }
}
