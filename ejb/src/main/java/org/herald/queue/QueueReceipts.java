package org.herald.queue;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import org.herald.channel.DeliveryReceipt;

/**
 * Settles entries a peer accepted earlier when its delivery receipt arrives: delivered completes
 * the entry, anything else rejects it with the peer's code. A receipt for an entry already settled
 * (a duplicate) changes nothing; one that arrives before its entry recorded the acceptance fails,
 * so the channel refuses it and the peer sends it again.
 */
@Stateless
public class QueueReceipts {

  private static final System.Logger LOG = System.getLogger(QueueReceipts.class.getName());

  @Inject QueueRepository entries;

  public void onReceipt(@Observes DeliveryReceipt receipt) {
    QueueEntry entry =
        entries
            .findByPeerReference(receipt.reference())
            .orElseThrow(() -> new EarlyReceiptException(receipt.reference()));
    if (entry.isAwaitingReceipt()) {
      settle(entry, receipt);
    } else {
      LOG.log(System.Logger.Level.DEBUG, "Duplicate receipt {0} ignored", receipt.reference());
    }
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
