package org.herald.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.herald.channel.DeliveryReceipt;

/**
 * Settles entries a peer accepted earlier when their delivery receipts arrive, many receipts in one
 * transaction (a group commit): each receipt's thread waits until its own receipt is recorded, as
 * before, but the receipts arriving together share one commit. Whichever waiting thread finds no
 * settlement under way runs the next one, for every receipt waiting then.
 */
@ApplicationScoped
public class QueueReceipts {

  private static final int MOST_AT_ONCE = 500;

  @Inject ReceiptSettlements settlements;

  private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean settling = new AtomicBoolean();

  /**
   * Returns once the receipt is recorded (or was a duplicate).
   *
   * @throws EarlyReceiptException no entry awaits it yet: the channel refuses it, and the peer
   *     sends it again
   */
  public void onReceipt(@Observes DeliveryReceipt receipt) {
    Waiting mine = new Waiting(receipt);
    waiting.add(mine);
    while (!mine.outcome.isDone()) {
      if (settling.compareAndSet(false, true)) {
        try {
          settleWaiting();
        } finally {
          settling.set(false);
        }
      } else {
        mine.awaitBriefly();
      }
    }
    if (!mine.outcome.join()) {
      throw new EarlyReceiptException(receipt.reference());
    }
  }

  private void settleWaiting() {
    List<Waiting> batch = new ArrayList<>();
    for (Waiting next; batch.size() < MOST_AT_ONCE && (next = waiting.poll()) != null; ) {
      batch.add(next);
    }
    if (batch.isEmpty()) {
      return;
    }
    try {
      Map<DeliveryReceipt, Boolean> recorded =
          settlements.settleAll(batch.stream().map(w -> w.receipt).toList());
      batch.forEach(w -> w.outcome.complete(recorded.getOrDefault(w.receipt, false)));
    } catch (RuntimeException e) {
      batch.forEach(w -> w.outcome.completeExceptionally(e));
    }
  }

  /** A receipt and whether it was recorded (false: no entry awaited it yet). */
  private static final class Waiting {
    final DeliveryReceipt receipt;
    final CompletableFuture<Boolean> outcome = new CompletableFuture<>();

    Waiting(DeliveryReceipt receipt) {
      this.receipt = receipt;
    }

    void awaitBriefly() {
      try {
        outcome.get(2, TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException e) {
        // done exceptionally: join() rethrows; timed out: try to settle ourselves
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted recording receipt " + receipt.reference(), e);
      }
    }
  }
}
