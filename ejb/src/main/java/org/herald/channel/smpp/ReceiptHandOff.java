package org.herald.channel.smpp;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.herald.channel.DeliveryReceipt;

/**
 * Hands each receipt from jsmpp's thread to a consumer on another executor (the server's managed
 * one) and waits for it, so that a receipt the queue could not record fails its deliver_sm with a
 * temporary error and the SMSC delivers it again, instead of being answered and lost.
 */
final class ReceiptHandOff implements Consumer<DeliveryReceipt> {

  private final ExecutorService executor;
  private final Consumer<DeliveryReceipt> consumer;
  private final Duration patience;

  ReceiptHandOff(ExecutorService executor, Consumer<DeliveryReceipt> consumer, Duration patience) {
    this.executor = executor;
    this.consumer = consumer;
    this.patience = patience;
  }

  @Override
  public void accept(DeliveryReceipt receipt) {
    try {
      executor
          .submit(() -> consumer.accept(receipt))
          .get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted handing on " + receipt.reference(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Receipt " + receipt.reference() + " not recorded", e);
    }
  }
}
