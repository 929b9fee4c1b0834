package org.herald.queue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.herald.channel.OutgoingMessage;

/** Puts outgoing communications on the queue and answers where their delivery stands. */
@Stateless
public class QueueService {

  @Inject QueueRepository entries;
  @Inject QueueSettings settings;
  @Inject DispatchSignals dispatch;

  /**
   * Stores a message to deliver in the caller's transaction, as it is given (the send path has made
   * it what the contact receives). What Herald delivers (itself, or pushed to an external system's
   * webhook) wakes a dispatcher once the transaction has committed (one wake-up however many
   * entries it stored); entries an external system pulls wait for it.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public QueueEntry enqueue(
      long communicationId, OutgoingMessage message, boolean pulled, Instant expiresAt) {
    Instant now = Instant.now();
    QueueEntry entry =
        new QueueEntry(
            communicationId,
            message,
            pulled,
            expiresAt == null ? now.plus(settings.defaultExpiry()) : expiresAt,
            now);
    entries.add(entry);
    if (!pulled) {
      dispatch.wake();
    }
    return entry;
  }

  public Optional<QueueEntry> forCommunication(long communicationId) {
    return entries.findByCommunication(communicationId);
  }

  /** The entry's delivery attempts, oldest first. */
  public List<QueueAttempt> attempts(QueueEntry entry) {
    return entries.attemptsOf(entry.getId());
  }

  /** The entries of many communications in one query, by communication id. */
  public Map<Long, QueueEntry> forCommunications(Collection<Long> communicationIds) {
    return entries.findByCommunications(communicationIds).stream()
        .collect(Collectors.toMap(QueueEntry::getCommunicationId, Function.identity()));
  }
}
