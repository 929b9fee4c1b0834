package org.herald.channel.smpp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.channel.DeliveryReceipt;

/**
 * Matches the SMSC's receipts, one per submitted part, to messages. A message's reference is the
 * message id of its last part. A single-part message's receipt passes straight through. For a
 * concatenated message this node remembers its parts (for the receipt timeout) and reports once:
 * delivered when every part was, not delivered at the first part that failed (the receipts of its
 * other parts are then absorbed). A receipt it cannot place (after a restart, or on another node of
 * a cluster) also passes through under its own id, so there the last part's receipt decides.
 *
 * <p>Receipts may overtake the submit_sm_resp of a later part (an SMSC that rejects a part at
 * once), so receipts not yet placed are kept a little while for the message that claims them.
 */
final class MultipartReceipts {

  private static final Duration UNPLACED_RETENTION = Duration.ofMinutes(1);
  private static final int UNPLACED_MAX = 10_000;

  private record Report(boolean delivered, String code, String text, Instant at) {}

  private static final class Message {
    final List<String> partIds;
    final Set<String> outstanding;
    final Instant forgetAt;
    boolean failed;

    Message(List<String> partIds, Instant forgetAt) {
      this.partIds = List.copyOf(partIds);
      this.outstanding = new HashSet<>(partIds);
      this.forgetAt = forgetAt;
    }

    String reference() {
      return MultipartReceipts.reference(partIds);
    }
  }

  private final Duration receiptTimeout;
  private final Clock clock;
  private final Map<String, Message> byPart = new HashMap<>();
  private final Set<Message> oldestFirst = new LinkedHashSet<>();
  private final LinkedHashMap<String, Report> unplaced = new LinkedHashMap<>();

  MultipartReceipts(Duration receiptTimeout, Clock clock) {
    this.receiptTimeout = receiptTimeout;
    this.clock = clock;
  }

  /** The reference of a message whose parts the SMSC accepted under {@code partIds}, in order. */
  static String reference(List<String> partIds) {
    return partIds.get(partIds.size() - 1);
  }

  /**
   * Remembers a concatenated message's parts. Receipts that arrived before it are applied now, so
   * the message may be decided already.
   */
  synchronized Optional<DeliveryReceipt> expect(List<String> partIds) {
    if (partIds.size() < 2) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    forgetExpired(now);
    Message message = new Message(partIds, now.plus(receiptTimeout));
    partIds.forEach(id -> byPart.put(id, message));
    oldestFirst.add(message);
    for (String id : partIds) {
      Report early = unplaced.remove(id);
      if (early != null) {
        Optional<DeliveryReceipt> decided = apply(message, id, early);
        if (decided.isPresent()) {
          return decided;
        }
      }
    }
    return Optional.empty();
  }

  /** What a part's final receipt tells the queue, if anything yet. */
  synchronized Optional<DeliveryReceipt> report(
      String messageId, boolean delivered, String code, String text) {
    Instant now = clock.instant();
    forgetExpired(now);
    Report report = new Report(delivered, code, text, now);
    Message message = byPart.get(messageId);
    if (message != null) {
      return apply(message, messageId, report);
    }
    unplaced.put(messageId, report);
    if (unplaced.size() > UNPLACED_MAX) {
      unplaced.remove(unplaced.keySet().iterator().next());
    }
    return Optional.of(new DeliveryReceipt(messageId, delivered, code, text));
  }

  private Optional<DeliveryReceipt> apply(Message message, String partId, Report report) {
    message.outstanding.remove(partId);
    byPart.remove(partId, message);
    if (message.outstanding.isEmpty()) {
      forget(message);
    }
    if (message.failed) {
      return Optional.empty(); // decided already; the rest of its receipts are only absorbed
    }
    String reference = message.reference();
    if (!report.delivered()) {
      message.failed = true;
      int part = message.partIds.indexOf(partId) + 1;
      String text = "part " + part + " of " + message.partIds.size() + ": " + report.text();
      return Optional.of(new DeliveryReceipt(reference, false, report.code(), text));
    }
    if (!message.outstanding.isEmpty()) {
      return Optional.empty();
    }
    String text = "all " + message.partIds.size() + " parts: " + report.text();
    return Optional.of(new DeliveryReceipt(reference, true, report.code(), text));
  }

  private void forget(Message message) {
    message.partIds.forEach(id -> byPart.remove(id, message));
    oldestFirst.remove(message);
  }

  private void forgetExpired(Instant now) {
    // Both are in arrival order, so the expired ones are at the front.
    Iterator<Message> messages = oldestFirst.iterator();
    while (messages.hasNext()) {
      Message message = messages.next();
      if (now.isBefore(message.forgetAt)) {
        break;
      }
      messages.remove();
      message.partIds.forEach(id -> byPart.remove(id, message));
    }
    Iterator<Report> reports = unplaced.values().iterator();
    while (reports.hasNext() && !now.isBefore(reports.next().at().plus(UNPLACED_RETENTION))) {
      reports.remove();
    }
  }
}
