package org.herald.queue;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.herald.api.QueueState;

/**
 * The cases on which the queue entry's rules ({@link QueueEntry#isExpiredAt} and the others) and
 * the sweeps' SQL ({@link QueueRepository#EXPIRE} and the others) must agree: queue_entry rows,
 * their times relative to now, and the sweeps that must take each ({@code sweeps}). {@code
 * QueueSweepRulesTest} asks the entry; {@code QueueSweepsIT} (in it/) runs the SQL on PostgreSQL.
 * Boundaries are exact: a cutoff is inclusive, the expiration date is the first instant an entry is
 * expired.
 */
public final class QueueSweepCases {

  private QueueSweepCases() {}

  public static final Duration RECEIPT_TIMEOUT = ofDays(2);
  public static final Duration CLAIM_TIMEOUT = ofMinutes(10);
  public static final Duration REDISPATCH_AFTER = ofMinutes(2);

  /** A sweep, and what it makes of an entry it takes (null: it only selects). */
  public enum Sweep {
    EXPIRE(QueueState.REJECTED, QueueEntry.EXPIRED),
    RECEIPT_TIMEOUT(QueueState.COMPLETED, QueueEntry.NO_RECEIPT),
    ABANDON_CLAIMS(QueueState.REJECTED, QueueEntry.OUTCOME_UNKNOWN),
    STRANDED(null, null),
    /** The dispatcher's claim query ({@link QueueRepository#DUE}): it only selects. */
    DUE(null, null);

    public final QueueState stateAfter;
    public final String errorCodeAfter;

    Sweep(QueueState stateAfter, String errorCodeAfter) {
      this.stateAfter = stateAfter;
      this.errorCodeAfter = errorCodeAfter;
    }

    /** The cutoff QueueSweeps hands this sweep at {@code now}, with the timeouts above. */
    public Instant cutoff(Instant now) {
      return switch (this) {
        case EXPIRE -> now;
        case RECEIPT_TIMEOUT -> now.minus(QueueSweepCases.RECEIPT_TIMEOUT);
        case ABANDON_CLAIMS -> now.minus(CLAIM_TIMEOUT);
        case STRANDED -> now.minus(REDISPATCH_AFTER);
        case DUE -> now;
      };
    }
  }

  /**
   * One row: {@code claimedAgo} and {@code acceptedAgo} null when the entry is not claimed / not
   * awaiting a receipt; {@code expiresIn} and {@code dueIn} (its next attempt) negative in the
   * past.
   */
  public record Case(
      String name,
      QueueState state,
      boolean pulled,
      Duration claimedAgo,
      Duration acceptedAgo,
      Duration expiresIn,
      Duration dueIn,
      Set<Sweep> sweeps) {

    Case asPulled() {
      return new Case(name, state, true, claimedAgo, acceptedAgo, expiresIn, dueIn, sweeps);
    }

    Case withClaim(Duration ago) {
      return new Case(name, state, pulled, ago, acceptedAgo, expiresIn, dueIn, sweeps);
    }

    Case withReceiptAwaited(Duration ago) {
      return new Case(name, state, pulled, claimedAgo, ago, expiresIn, dueIn, sweeps);
    }

    Case alsoTakenBy(Sweep sweep) {
      EnumSet<Sweep> more = sweeps.isEmpty() ? EnumSet.noneOf(Sweep.class) : EnumSet.copyOf(sweeps);
      more.add(sweep);
      return new Case(name, state, pulled, claimedAgo, acceptedAgo, expiresIn, dueIn, more);
    }

    Case takenBy(Sweep sweep) {
      return new Case(
          name, state, pulled, claimedAgo, acceptedAgo, expiresIn, dueIn, EnumSet.of(sweep));
    }

    public Instant claimedAt(Instant now) {
      return claimedAgo == null ? null : now.minus(claimedAgo);
    }

    public Instant acceptedAt(Instant now) {
      return acceptedAgo == null ? null : now.minus(acceptedAgo);
    }

    public Instant expiresAt(Instant now) {
      return now.plus(expiresIn);
    }

    public Instant nextAttemptAt(Instant now) {
      return now.plus(dueIn);
    }
  }

  private static final Duration WEEK = ofDays(7);
  private static final Duration MS = ofMillis(1);

  public static final List<Case> ALL =
      List.of(
          pending("new, due now", WEEK, ZERO).alsoTakenBy(Sweep.DUE),
          pending("due exactly the redispatch grace ago", WEEK, REDISPATCH_AFTER.negated())
              .takenBy(Sweep.STRANDED)
              .alsoTakenBy(Sweep.DUE),
          pending("due 1 ms short of the grace", WEEK, REDISPATCH_AFTER.minus(MS).negated())
              .alsoTakenBy(Sweep.DUE),
          pending("due an hour ago", WEEK, ofHours(-1))
              .takenBy(Sweep.STRANDED)
              .alsoTakenBy(Sweep.DUE),
          pending("retry in a minute", WEEK, ofMinutes(1)),
          pending("rate slot an hour away", WEEK, ofHours(1)),
          pending("pulled by its system, due an hour ago", WEEK, ofHours(-1)).asPulled(),
          pending("claimed just now", WEEK, ofHours(-1)).withClaim(ZERO),
          pending("claimed exactly the claim timeout ago", WEEK, ofHours(-1))
              .withClaim(CLAIM_TIMEOUT)
              .takenBy(Sweep.ABANDON_CLAIMS),
          pending("claimed 1 ms short of the claim timeout", WEEK, ofHours(-1))
              .withClaim(CLAIM_TIMEOUT.minus(MS)),
          pending("claimed an hour ago, expired since", ofMinutes(-30), ofHours(-1))
              .withClaim(ofHours(1))
              .takenBy(Sweep.ABANDON_CLAIMS),
          // The claim takes an expired entry it meets, and rejects it as the expiry sweep would.
          pending("expires exactly now", ZERO, ofHours(-1))
              .takenBy(Sweep.EXPIRE)
              .alsoTakenBy(Sweep.DUE),
          pending("expires in 1 ms, due an hour ago", MS, ofHours(-1))
              .takenBy(Sweep.STRANDED)
              .alsoTakenBy(Sweep.DUE),
          pending("expired an hour ago, retry still to come", ofHours(-1), ofHours(1))
              .takenBy(Sweep.EXPIRE),
          pending("pulled by its system, expired", ofHours(-1), ofHours(-2))
              .asPulled()
              .takenBy(Sweep.EXPIRE),
          pending("accepted just now, expired since", ofHours(-1), ofHours(-2))
              .withReceiptAwaited(ZERO),
          pending("accepted exactly the receipt timeout ago", WEEK, ofDays(-3))
              .withReceiptAwaited(RECEIPT_TIMEOUT)
              .takenBy(Sweep.RECEIPT_TIMEOUT),
          pending("accepted 1 ms short of the receipt timeout", WEEK, ofDays(-3))
              .withReceiptAwaited(RECEIPT_TIMEOUT.minus(MS)),
          settled("completed, long expired", QueueState.COMPLETED),
          settled("rejected, long expired", QueueState.REJECTED),
          settled("completed and removed, long expired", QueueState.COMPLETED_AND_REMOVED));

  private static Case pending(String name, Duration expiresIn, Duration dueIn) {
    return new Case(
        name, QueueState.PENDING, false, null, null, expiresIn, dueIn, EnumSet.noneOf(Sweep.class));
  }

  /** Settled long ago, with the times that would have made a pending entry due for every sweep. */
  private static Case settled(String name, QueueState state) {
    return new Case(
        name,
        state,
        false,
        ofDays(30),
        ofDays(30),
        ofDays(-10),
        ofDays(-20),
        EnumSet.noneOf(Sweep.class));
  }
}
