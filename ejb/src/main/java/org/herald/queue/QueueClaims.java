package org.herald.queue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.herald.channel.Channel;
import org.herald.channel.Channels;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.RateLimits;
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
  @Inject Channels channels;
  @Inject RateLimits rateLimits;

  /**
   * Decides, holding the entry's row lock, what a dispatcher on {@code node} does with it. A due
   * entry is claimed if its integration's rate limit lets it go now or already gave it a slot;
   * otherwise the limit reserves the next free slot for it, once, and the entry waits for it.
   */
  public Claim claim(long id, String node) {
    Instant now = Instant.now();
    Optional<QueueEntry> locked = entries.lock(id);
    if (locked.isEmpty()) {
      return new Claim.Nothing();
    }
    QueueEntry entry = locked.get();
    if (entry.isExpiredAt(now)) {
      entry.expire(now); // as the expiry sweep would, a moment later
      return new Claim.Nothing();
    }
    if (!entry.isDispatchableAt(now)) {
      return new Claim.Nothing();
    }
    if (!entry.isDueAt(now)) {
      return new Claim.NotBefore(entry.getNextAttemptAt());
    }
    OutgoingMessage message = entry.message();
    Optional<Channel> channel = channels.serving(message);
    if (channel.isEmpty()) {
      // Stays pending: a channel enabled later (or the entry's expiry) decides its fate.
      LOG.log(
          System.Logger.Level.INFO,
          "No channel serves {0} for {1}",
          message.medium(),
          message.communicationNumber());
      return new Claim.Nothing();
    }
    if (!entry.hasRateSlot()) {
      Duration wait = rateLimits.reserve(message);
      if (!wait.isZero()) {
        entry.reserveRateSlot(Instant.now().plus(wait), now);
        return new Claim.NotBefore(entry.getNextAttemptAt());
      }
    }
    entry.claim(node, now);
    return new Claim.Won(message, channel.get());
  }

  /**
   * Records the attempt and moves the entry on as {@link QueueEntry#settle} decides.
   *
   * @return when the entry is to be tried again, if it is
   */
  public Optional<Instant> settle(long id, SendOutcome outcome) {
    QueueEntry entry = entries.find(id).orElseThrow();
    Optional<Instant> retry = entry.settle(outcome, settings.backoff(), Instant.now());
    LOG.log(
        System.Logger.Level.DEBUG,
        "{0} attempt {1}: {2} {3}",
        entry.getCommunicationNumber(),
        entry.getAttempts(),
        outcome.kind(),
        entry.getState());
    return retry;
  }
}
