package org.herald.queue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.herald.channel.DeliveryReceipt;

/**
 * Records delivery receipts in one transaction: delivered completes the entry, anything else
 * rejects it with the peer's code. A receipt for an entry already settled (a duplicate) changes
 * nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReceiptSettlements {

  private static final System.Logger LOG = System.getLogger(ReceiptSettlements.class.getName());

  @Inject QueueRepository entries;

  /**
   * @return for each receipt, whether it is recorded (or was a duplicate); false when no entry
   *     awaits it yet (it came before the acceptance was recorded)
   */
  public Map<DeliveryReceipt, Boolean> settleAll(List<DeliveryReceipt> receipts) {
    Map<String, QueueEntry> byReference =
        entries
            .lockByPeerReferences(receipts.stream().map(DeliveryReceipt::reference).toList())
            .stream()
            .collect(
                Collectors.toMap(
                    QueueEntry::getPeerReference,
                    Function.identity(),
                    ReceiptSettlements::likelierOwner));
    Instant now = Instant.now();
    List<QueueEntry> settled = new ArrayList<>();
    Map<DeliveryReceipt, Boolean> recorded = new HashMap<>();
    for (DeliveryReceipt receipt : receipts) {
      QueueEntry entry = byReference.get(receipt.reference());
      if (entry == null) {
        recorded.put(receipt, false);
      } else if (entry.isAwaitingReceipt()) {
        if (receipt.delivered()) {
          entry.complete(now);
        } else {
          entry.reject(receipt.code(), receipt.text(), now);
        }
        settled.add(entry);
        recorded.put(receipt, true);
      } else {
        LOG.log(System.Logger.Level.DEBUG, "Duplicate receipt {0} ignored", receipt.reference());
        recorded.put(receipt, true);
      }
    }
    entries.writeBack(settled);
    return recorded;
  }

  /**
   * Of two entries with one peer reference (an SMSC numbers its messages anew after a restart, so
   * an old entry may carry a new message's id), the receipt is for the one awaiting a receipt, the
   * latest accepted if both do.
   */
  static QueueEntry likelierOwner(QueueEntry one, QueueEntry other) {
    if (one.isAwaitingReceipt() != other.isAwaitingReceipt()) {
      return one.isAwaitingReceipt() ? one : other;
    }
    if (one.isAwaitingReceipt()
        && other.getAwaitingReceiptSince().isAfter(one.getAwaitingReceiptSince())) {
      return other;
    }
    return one;
  }
}
