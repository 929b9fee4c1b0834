package org.herald.queue;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.herald.channel.Handover;
import org.herald.channel.RateLimits;
import org.herald.channel.SendOutcome;

/**
 * Delivers what is due, woken by a dispatch signal: claims a batch of due entries, hands each to
 * the channel serving its medium (pooled SMTP connections, the SMPP window), settles the batch's
 * outcomes in the transaction that claims the next batch (one commit a batch), and goes on while
 * batches come back full. Up to {@code herald.queue.dispatch.loops} loops run at once on a node; a
 * loop that claims a full batch wakes another, so they multiply while there is work, and a wake-up
 * that finds every loop busy is remembered, not lost.
 */
@ApplicationScoped
public class Dispatcher {

  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

  @Inject QueueClaims claims;
  @Inject NodeName node;
  @Inject DispatchSignals signals;
  @Inject RateLimits rateLimits;
  @Inject QueueSettings settings;
  @Inject Handovers handovers;

  private Semaphore loops;
  private final AtomicBoolean missed = new AtomicBoolean();

  @PostConstruct
  void size() {
    loops = new Semaphore(settings.dispatchLoops());
  }

  /** A wake-up: dispatch what is due, here or in a loop already running. */
  public void wake() {
    handovers.journal(); // a restarted node first decides what its earlier run left claimed
    missed.set(true);
    // A loop ending releases its permit before it looks at `missed`; a wake-up sets `missed`
    // before it tries for a permit: one of the two always sees the other.
    while (missed.get() && loops.tryAcquire()) {
      try {
        missed.set(false);
        drain();
      } finally {
        loops.release();
      }
    }
  }

  private void drain() {
    Delivered delivered = new Delivered();
    try {
      QueueClaims.Batch batch;
      do {
        // The batch just sent is settled in the transaction that claims the next one.
        QueueClaims.Next next =
            claims.settleAndClaimDue(
                node.value(), delivered.settlements, settings.dispatchBatchSize());
        settled(delivered, next.earliestRetry());
        batch = next.batch();
        if (batch.full() && loops.availablePermits() > 0) {
          // More is due and a loop is free to join in. With every loop running there is nobody to
          // wake: this loop goes on itself, and a wake-up would only cost an MDB delivery.
          signals.wake();
        }
        deliver(batch.claimed(), delivered);
      } while (batch.full());
    } finally {
      // Whatever was sent is settled, even if a fault stopped a batch half-way: the rest stay
      // claimed, and a restart (or the claim timeout's rule) finds them. The journal keeps the
      // records until the settlement has committed.
      if (!delivered.settlements.isEmpty()) {
        settled(delivered, claims.settleAll(node.value(), delivered.settlements));
      }
    }
    // What waits for its time (a retry, a rate slot) is woken for then.
    claims.nextDue().ifPresent(signals::wakeAt);
  }

  /** What a loop has sent and not yet settled, with the journal's records of it. */
  private static final class Delivered {
    final List<QueueClaims.Settlement> settlements = new ArrayList<>();
    final List<HandoverJournal.Ticket> tickets = new ArrayList<>();
  }

  /** After the settlement committed: the journal may forget them, and retries are woken for. */
  private void settled(Delivered delivered, Optional<Instant> earliestRetry) {
    HandoverJournal journal = handovers.journal();
    delivered.tickets.forEach(journal::settled);
    delivered.tickets.clear();
    delivered.settlements.clear();
    earliestRetry.ifPresent(signals::wakeAt);
  }

  private void deliver(List<QueueClaims.Claimed> batch, Delivered delivered) {
    HandoverJournal journal = handovers.journal();
    for (QueueClaims.Claimed entry : batch) {
      // Recorded the moment the channel holds a connection (a window slot) for the message:
      // a kill before it leaves the entry to be sent after recovery, a kill after it and
      // before the answer makes it one of the few in flight.
      HandoverJournal.Ticket[] ticket = new HandoverJournal.Ticket[1];
      SendOutcome outcome =
          send(
              entry,
              () -> {
                // Paced once the channel holds its connection, just before the bytes go, so
                // loops waiting for one of a few connections do not reach the peer in a burst.
                rateLimits.pace(entry.message()); // waits only if it came late to its slot
                try {
                  ticket[0] = journal.handingOver(entry.id(), entry.claim(), Instant.now());
                } catch (RuntimeException e) {
                  throw new JournalFault(e);
                }
              });
      Instant at = Instant.now();
      if (ticket[0] != null) {
        journal.answered(ticket[0], outcome, at);
        delivered.tickets.add(ticket[0]);
      }
      delivered.settlements.add(new QueueClaims.Settlement(entry, outcome, at));
    }
  }

  private static SendOutcome send(QueueClaims.Claimed entry, Handover handover) {
    try {
      return entry.channel().send(entry.message(), handover);
    } catch (JournalFault e) {
      // Not the channel's fault, and nothing was sent: the batch stops here; what it sent is
      // settled, the rest stays claimed for the restart (or the claim timeout) to decide.
      throw e.fault;
    } catch (RuntimeException e) {
      // A fault the channel did not expect: log it, and let the bounded retries decide.
      LOG.log(
          System.Logger.Level.WARNING,
          "Channel fault sending " + entry.message().communicationNumber(),
          e);
      return SendOutcome.transientFailure(
          "CHANNEL_FAULT",
          "The channel failed unexpectedly"
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "; the server log has the details");
    }
  }

  /** The journal could not record a handover: carried through the channel unchanged. */
  private static final class JournalFault extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient RuntimeException fault;

    JournalFault(RuntimeException fault) {
      super(fault);
      this.fault = fault;
    }
  }
}
