package org.herald.queue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.herald.channel.OutgoingMessage;
import org.herald.queue.jms.DispatchRequests;

/** Puts outgoing communications on the queue and answers where their delivery stands. */
@Stateless
public class QueueService {

  @Inject QueueRepository entries;
  @Inject QueueSettings settings;
  @Inject DispatchRequests dispatch;

  /**
   * Queues a message in the caller's transaction. Herald's own deliveries get a JMS dispatch
   * request that commits together with the entry row, or not at all; an external system's entries
   * wait for that system to pull them.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public QueueEntry enqueue(
      long communicationId,
      String contactNumber,
      OutgoingMessage message,
      Long externalSystemId,
      Instant expiresAt) {
    Instant now = Instant.now();
    QueueEntry entry =
        new QueueEntry(
            communicationId,
            contactNumber,
            message,
            externalSystemId,
            expiresAt == null ? now.plus(settings.defaultExpiry()) : expiresAt,
            now);
    entries.add(entry);
    if (externalSystemId == null) {
      dispatch.request(entry.getId());
    }
    return entry;
  }

  public Optional<QueueEntry> forCommunication(long communicationId) {
    return entries.findByCommunication(communicationId);
  }

  /** The entries of many communications in one query, by communication id. */
  public Map<Long, QueueEntry> forCommunications(Collection<Long> communicationIds) {
    return entries.findByCommunications(communicationIds).stream()
        .collect(Collectors.toMap(QueueEntry::getCommunicationId, Function.identity()));
  }
}
