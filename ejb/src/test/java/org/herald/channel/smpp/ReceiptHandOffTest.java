package org.herald.channel.smpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.herald.channel.DeliveryReceipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReceiptHandOffTest {

  private static final DeliveryReceipt RECEIPT = new DeliveryReceipt("A", true, "000", "ok");

  private final ExecutorService managed = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    managed.shutdownNow();
  }

  @Test
  void theConsumerRunsOnTheExecutorAndIsAwaited() {
    AtomicReference<Thread> ranOn = new AtomicReference<>();

    new ReceiptHandOff(managed, receipt -> ranOn.set(Thread.currentThread()), Duration.ofSeconds(5))
        .accept(RECEIPT);

    assertNotSame(Thread.currentThread(), ranOn.get());
  }

  @Test
  void aFailedConsumerFailsTheHandOff() {
    ReceiptHandOff handOff =
        new ReceiptHandOff(
            managed,
            receipt -> {
              throw new IllegalStateException("database down");
            },
            Duration.ofSeconds(5));

    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> handOff.accept(RECEIPT));
    assertEquals("database down", failure.getCause().getCause().getMessage());
  }

  @Test
  void aConsumerThatTakesTooLongFailsTheHandOff() {
    ReceiptHandOff handOff =
        new ReceiptHandOff(
            managed,
            receipt -> {
              try {
                Thread.sleep(1_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            Duration.ofMillis(20));

    assertThrows(IllegalStateException.class, () -> handOff.accept(RECEIPT));
  }
}
