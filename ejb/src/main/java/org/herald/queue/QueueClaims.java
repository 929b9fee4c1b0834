package org.herald.queue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;

/**
 * The short transactions around a delivery: claim before the send, settle after it. Each commits on
 * its own so no transaction stays open while a peer is talking.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class QueueClaims {

  private static final System.Logger LOG = System.getLogger(QueueClaims.class.getName());

  @Inject QueueRepository entries;
  @Inject QueueSettings settings;
  @Inject DispatchSignals dispatch;

  /** The message to send if this node won the entry; empty if it is gone, done or expired. */
  public Optional<OutgoingMessage> claim(long id, String node) {
    if (!entries.claim(id, node, Instant.now())) {
      return Optional.empty();
    }
    return entries.find(id).map(QueueEntry::message);
  }

  public void release(long id) {
    entries.find(id).ifPresent(QueueEntry::release);
  }

  /** Gives the entry back to be dispatched again after {@code delay}, without an attempt. */
  public void postpone(long id, Duration delay) {
    entries
        .find(id)
        .ifPresent(
            entry -> {
              entry.postpone(Instant.now().plus(delay));
              dispatch.requestLater(id, delay);
            });
  }

  /**
   * Records the attempt and moves the entry on: completed, rejected, or retried later (the retry
   * request is sent in this same transaction).
   */
  public void settle(long id, SendOutcome outcome) {
    Instant now = Instant.now();
    QueueEntry entry = entries.find(id).orElseThrow();
    entry.recordAttempt(outcome, now);
    switch (outcome.kind()) {
      case DELIVERED -> entry.complete(now);
      case ACCEPTED -> entry.awaitReceipt(outcome.reference(), outcome.parts(), now);
      case PERMANENT_FAILURE -> entry.reject(outcome.code(), outcome.reply(), now);
      case TRANSIENT_FAILURE ->
          settings
              .backoff()
              .delayAfter(entry.getAttempts())
              .ifPresentOrElse(
                  delay -> {
                    entry.retryAt(now.plus(delay), outcome.code(), outcome.reply());
                    dispatch.requestLater(id, delay);
                  },
                  () -> entry.reject(outcome.code(), outcome.reply(), now));
    }
    LOG.log(
        System.Logger.Level.DEBUG,
        "{0} attempt {1}: {2} {3}",
        entry.getCommunicationNumber(),
        entry.getAttempts(),
        outcome.kind(),
        entry.getState());
  }
}
