package org.herald.queue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.channel.Channel;
import org.herald.channel.Channels;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.RateLimits;
import org.herald.channel.SendOutcome;

/**
 * The short transactions around deliveries: claim a batch of due entries before sending them,
 * settle their outcomes after, the settlement of one batch and the claim of the next together. No
 * transaction stays open while a peer is talking, and a batch costs one commit however many entries
 * it holds.
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
   * An entry a dispatcher holds: send its message by its channel, then settle it. The entry is the
   * claim's copy, settled without being read again.
   */
  public record Claimed(QueueEntry entry, OutgoingMessage message, Channel channel) {

    public long id() {
      return entry.getId();
    }

    public int claim() {
      return entry.getClaims();
    }
  }

  /**
   * What a claim found: the entries to send now, and whether it took as many rows as it asked for
   * (more may be due).
   */
  public record Batch(List<Claimed> claimed, boolean full) {}

  /** The next batch, and when the earliest retry the settlement before it scheduled is due. */
  public record Next(Batch batch, Optional<Instant> earliestRetry) {}

  /** An attempt's outcome, and when the peer gave it. */
  public record Settlement(Claimed claimed, SendOutcome outcome, Instant at) {}

  /**
   * Locks up to {@code size} due entries no other dispatcher holds and decides, for each, what
   * {@code node} does with it: an expired one is rejected; one no channel serves waits; one over
   * its integration's rate limit is given the next free slot, once, and waits for it; the others
   * are claimed for sending now.
   */
  public Batch claimDue(String node, int size) {
    Instant now = Instant.now();
    List<QueueEntry> due = entries.lockDue(now, size);
    List<Claimed> claimed = new ArrayList<>(due.size());
    for (QueueEntry entry : due) {
      if (entry.isExpiredAt(now)) {
        entry.expire(now); // as the expiry sweep would, a moment later
        continue;
      }
      OutgoingMessage message = entry.message();
      Optional<Channel> channel = channels.serving(message);
      if (channel.isEmpty()) {
        // Stays pending: a channel enabled later (or the entry's expiry) decides its fate. It is
        // looked at again when the stranded-entry sweep would, not by every claim meanwhile.
        LOG.log(
            System.Logger.Level.INFO,
            "No channel serves {0} for {1}",
            message.medium(),
            message.communicationNumber());
        entry.awaitChannel(now.plus(settings.redispatchAfter()), now);
        continue;
      }
      if (!entry.hasRateSlot()) {
        Duration wait = rateLimits.reserve(message);
        if (!wait.isZero()) {
          entry.reserveRateSlot(now.plus(wait), now);
          continue;
        }
      }
      entry.claim(node, now);
      claimed.add(new Claimed(entry, message, channel.get()));
    }
    entries.writeBack(due); // each was claimed, expired, held for a channel or given a slot
    return new Batch(claimed, due.size() == size);
  }

  /**
   * Settles the batch a loop has just sent ({@link #settleAll}) and claims its next ({@link
   * #claimDue}) in one transaction: a drain costs one commit a batch, not two. Either both commit
   * or neither does (the caller then settles alone).
   */
  public Next settleAndClaimDue(String node, List<Settlement> settlements, int size) {
    Optional<Instant> earliestRetry = settleAll(node, settlements);
    return new Next(claimDue(node, size), earliestRetry);
  }

  /**
   * Records each attempt and moves its entry on as {@link QueueEntry#settle} decides. An entry no
   * longer held by that claim (a sweep decided it meanwhile) keeps that decision.
   *
   * @return when the earliest retry scheduled is due, if any was
   */
  public Optional<Instant> settleAll(String node, List<Settlement> settlements) {
    List<QueueEntry> settled = new ArrayList<>(settlements.size());
    Map<Long, Instant> retries = new HashMap<>();
    for (Settlement settlement : settlements) {
      QueueEntry entry = settlement.claimed().entry();
      entry
          .settle(settlement.outcome(), settings.backoff(), settlement.at())
          .ifPresent(retry -> retries.put(entry.getId(), retry));
      settled.add(entry);
    }
    Set<Long> written = entries.settleHeld(node, settled);
    for (Settlement settlement : settlements) {
      if (!written.contains(settlement.claimed().id())) {
        LOG.log(
            System.Logger.Level.WARNING,
            "Queue entry {0} was decided while its attempt ran; its outcome {1} is not recorded",
            settlement.claimed().id(),
            settlement.outcome().kind());
      }
    }
    return retries.entrySet().stream()
        .filter(retry -> written.contains(retry.getKey()))
        .map(Map.Entry::getValue)
        .min(Comparator.naturalOrder());
  }

  /** When the next entry waiting for its time (a retry, a rate slot) falls due, if one does. */
  public Optional<Instant> nextDue() {
    return entries.nextDue(Instant.now());
  }

  /**
   * After a restart: decides the entries {@code node} claimed before {@code startedAt} from what
   * its handover journal says: not handed over, released to be sent again; answered by the peer,
   * settled with that answer; under way at the stop, as {@code policy} says.
   *
   * @return the communication numbers whose handover was under way
   */
  public Recovery recover(
      String node,
      Instant startedAt,
      Map<Long, HandoverJournal.Handover> journal,
      InFlightPolicy policy) {
    Instant now = Instant.now();
    Recovery recovery = new Recovery();
    for (QueueEntry entry : entries.lockClaimedBy(node, startedAt)) {
      HandoverJournal.Handover handover = journal.get(entry.getId());
      if (handover == null || handover.claim() != entry.getClaims()) {
        entry.release(now);
        recovery.released++;
      } else if (handover.answered()) {
        entry.settle(handover.outcome(), settings.backoff(), handover.answeredAt());
        entries.saveAttempts(entry);
        recovery.settled++;
      } else if (policy == InFlightPolicy.RESEND) {
        entry.release(now);
        recovery.inFlight.add(entry.getCommunicationNumber());
      } else {
        entry.abandon(now);
        recovery.inFlight.add(entry.getCommunicationNumber());
      }
    }
    return recovery;
  }

  /** What a recovery did. */
  public static final class Recovery {
    int released;
    int settled;
    final List<String> inFlight = new ArrayList<>();

    public int released() {
      return released;
    }

    public int settled() {
      return settled;
    }

    public List<String> inFlight() {
      return List.copyOf(inFlight);
    }
  }
}
