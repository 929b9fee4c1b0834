package org.herald.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.herald.channel.OutgoingMessage;
import org.herald.persistence.Writes;

/**
 * Puts outgoing communications on the queue and answers where their delivery stands, in the
 * caller's transaction (a CDI bean, as the send path that calls it).
 */
@ApplicationScoped
public class QueueService {

  @Inject QueueRepository entries;
  @Inject QueueSettings settings;
  @Inject DispatchSignals dispatch;

  /** A message to queue: its communication, what to deliver, pulled or not, and its expiry. */
  public record ToQueue(
      long communicationId, OutgoingMessage message, boolean pulled, Instant expiresAt) {}

  /**
   * Stores messages to deliver in the caller's transaction, as they are given (the send path has
   * made them what the contacts receive), as one batch of rows added to {@code writes} (which the
   * caller runs with the communications' own). What Herald delivers (itself, or pushed to an
   * external system's webhook) wakes a dispatcher once the transaction has committed: one wake-up
   * however many entries it stored; entries an external system pulls wait for it. Answers the
   * entries in order.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<QueueEntry> enqueueAll(List<ToQueue> messages, Writes writes) {
    Instant now = Instant.now();
    List<QueueEntry> made = messages.stream().map(message -> entry(message, now)).toList();
    entries.addAll(made, writes);
    if (messages.stream().anyMatch(message -> !message.pulled())) {
      dispatch.wake();
    }
    return made;
  }

  private QueueEntry entry(ToQueue message, Instant now) {
    return new QueueEntry(
        message.communicationId(),
        message.message(),
        message.pulled(),
        message.expiresAt() == null ? now.plus(settings.defaultExpiry()) : message.expiresAt(),
        now);
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
