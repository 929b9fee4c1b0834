package org.herald.queue;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import org.herald.channel.DeliveryReceipt;

/**
 * Settles entries a peer accepted earlier when its delivery receipt arrives: delivered completes
 * the entry, anything else rejects it with the peer's code. A receipt for an unknown or already
 * settled entry (a duplicate) changes nothing.
 */
@Stateless
public class QueueReceipts {

  private static final System.Logger LOG = System.getLogger(QueueReceipts.class.getName());

  @Inject QueueRepository entries;

  public void onReceipt(@Observes DeliveryReceipt receipt) {
    entries
        .findByPeerReference(receipt.reference())
        .filter(QueueEntry::isAwaitingReceipt)
        .ifPresentOrElse(
            entry -> settle(entry, receipt),
            () ->
                LOG.log(
                    System.Logger.Level.DEBUG,
                    "Receipt for no pending entry: {0}",
                    receipt.reference()));
  }

  private static void settle(QueueEntry entry, DeliveryReceipt receipt) {
    Instant now = Instant.now();
    if (receipt.delivered()) {
      entry.complete(now);
    } else {
      entry.reject(receipt.code(), receipt.text(), now);
    }
  }
}
