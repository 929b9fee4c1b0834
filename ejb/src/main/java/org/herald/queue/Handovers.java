package org.herald.queue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * This node's {@link HandoverJournal}, opened once per run. Opening it first decides what the
 * node's earlier run left claimed (see {@link QueueClaims#recover}), so no dispatch of this run
 * starts before that is done. Without a journal from the earlier run (a new directory, say), its
 * claims are left to the claim timeout's rule.
 */
@ApplicationScoped
public class Handovers {

  private static final System.Logger LOG = System.getLogger(Handovers.class.getName());

  /** A new segment after 16 MB: ~300,000 handovers. */
  private static final long SEGMENT_BYTES = 16L << 20;

  @Inject NodeName node;
  @Inject QueueSettings settings;
  @Inject QueueClaims claims;

  private HandoverJournal journal;

  @PostConstruct
  void open() {
    Instant startedAt = Instant.now();
    journal = new HandoverJournal(settings.journalDirectory(), node.value(), SEGMENT_BYTES);
    if (journal.hasEarlier()) {
      QueueClaims.Recovery recovery =
          claims.recover(
              node.value(), startedAt, journal.earlierRecords(), settings.inFlightPolicy());
      journal.forgetEarlier();
      LOG.log(
          System.Logger.Level.INFO,
          "{0} restarted: {1} claimed entries never handed over are sent again, {2} answered by"
              + " their peer are settled",
          node.value(),
          recovery.released(),
          recovery.settled());
      if (!recovery.inFlight().isEmpty()) {
        LOG.log(
            System.Logger.Level.WARNING,
            "{0} stopped while handing these over; in-flight policy {1}: {2}",
            node.value(),
            settings.inFlightPolicy(),
            String.join(", ", recovery.inFlight()));
      }
    }
  }

  public HandoverJournal journal() {
    return journal;
  }

  @PreDestroy
  void close() {
    journal.close();
  }
}
