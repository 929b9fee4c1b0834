package org.herald.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.persistence.DatabaseFeatures;
import org.herald.persistence.EntityRows;
import org.herald.persistence.InstantConverter;
import org.herald.persistence.JdbcBatch;
import org.herald.persistence.JdbcQuery;
import org.herald.persistence.RowColumns;
import org.herald.persistence.RowInsert;
import org.herald.persistence.SequenceBlocks;
import org.herald.persistence.Writes;

/**
 * Stores queue entries. A claim locks a batch of due rows, skipping those another dispatcher holds;
 * each sweep is one SQL statement, so it is atomic and touches every matching row at once.
 */
@ApplicationScoped
public class QueueRepository {

  // The sweeps, in plain SQL so that a test can run this very text on PostgreSQL against the cases
  // the entry's own predicates are tested with (QueueSweepCases). Each takes two parameters, in
  // this order: now, and the cutoff its rule compares with.

  /** {@link QueueEntry#isExpiredAt}, cutoff = now: rejects it {@code EXPIRED}. */
  public static final String EXPIRE =
      "UPDATE queue_entry SET state = 'REJECTED', error_code = '"
          + QueueEntry.EXPIRED
          + "', error_reason = '"
          + QueueEntry.EXPIRED_REASON
          + "', completed_at = ?"
          + " WHERE state = 'PENDING' AND claimed_by IS NULL AND awaiting_receipt_since IS NULL"
          + " AND expires_at <= ?";

  /**
   * {@link QueueEntry#isReceiptOverdueAt}, cutoff = now - receipt timeout: completes it {@code
   * NO_RECEIPT}.
   */
  public static final String RECEIPT_TIMEOUT =
      "UPDATE queue_entry SET state = 'COMPLETED', error_code = '"
          + QueueEntry.NO_RECEIPT
          + "', error_reason = '"
          + QueueEntry.NO_RECEIPT_REASON
          + "', completed_at = ?"
          + " WHERE state = 'PENDING' AND awaiting_receipt_since IS NOT NULL"
          + " AND awaiting_receipt_since <= ?";

  /**
   * {@link QueueEntry#isStaleClaimAt}, cutoff = now - claim timeout: rejects it {@code
   * OUTCOME_UNKNOWN}, the policy in force for a send that may or may not have happened.
   */
  public static final String ABANDON_CLAIMS =
      "UPDATE queue_entry SET state = 'REJECTED', error_code = '"
          + QueueEntry.OUTCOME_UNKNOWN
          + "', error_reason = '"
          + QueueEntry.OUTCOME_UNKNOWN_REASON
          + "', completed_at = ?, claimed_by = NULL, claimed_at = NULL"
          + " WHERE state = 'PENDING' AND claimed_by IS NOT NULL AND claimed_at <= ?";

  /**
   * {@link QueueEntry#isWaitingForDispatch}: the rows Herald itself is to deliver and nobody holds
   * (the predicate of V13's partial index, so the statements below stay index scans).
   */
  private static final String WAITING_FOR_DISPATCH =
      "state = 'PENDING' AND pulled = FALSE AND claimed_by IS NULL"
          + " AND awaiting_receipt_since IS NULL";

  /**
   * {@link QueueEntry#isStrandedAt}, cutoff = now - grace: the ids of entries whose dispatch signal
   * was lost, longest waiting first.
   */
  public static final String STRANDED =
      "SELECT id FROM queue_entry WHERE "
          + WAITING_FOR_DISPATCH
          + " AND expires_at > ? AND next_attempt_at <= ?"
          + " ORDER BY next_attempt_at";

  /**
   * The due entries a dispatcher may claim, whole, first due first, skipping rows another
   * dispatcher holds locked: several loops and nodes claim side by side without waiting for each
   * other's rows. Parameters: now, how many. The pending index keeps it an index scan however many
   * entries are done. The id is the first column.
   */
  public static final String DUE =
      "SELECT * FROM queue_entry WHERE "
          + WAITING_FOR_DISPATCH
          + " AND next_attempt_at <= ?"
          + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED";

  /** When the next dispatchable entry falls due (parameter: now; null when none waits). */
  public static final String NEXT_DUE =
      "SELECT MIN(next_attempt_at) FROM queue_entry WHERE "
          + WAITING_FOR_DISPATCH
          + " AND next_attempt_at > ?";

  /**
   * What a claim ({@link QueueEntry#claim}, and what a claim decides instead), a settlement ({@link
   * QueueEntry#settle}) or a receipt may change on an entry.
   */
  static final RowColumns<QueueEntry> CHANGES =
      RowColumns.<QueueEntry>of()
          .text("state", entry -> entry.getState().name())
          .integer("attempts", QueueEntry::getAttempts)
          .text("claimed_by", QueueEntry::getClaimedBy)
          .time("claimed_at", QueueEntry::getClaimedAt)
          .bool("rate_slot_reserved", QueueEntry::hasRateSlot)
          .text("error_code", QueueEntry::getErrorCode)
          .text("error_reason", QueueEntry::getErrorReason)
          .time("completed_at", QueueEntry::getCompletedAt)
          .text("peer_reference", QueueEntry::getPeerReference)
          .integer("parts", QueueEntry::getParts)
          .time("awaiting_receipt_since", QueueEntry::getAwaitingReceiptSince)
          .time("next_attempt_at", QueueEntry::getNextAttemptAt)
          .integer("claims", QueueEntry::getClaims);

  /** {@link #CHANGES}, then the entry's id. */
  static final RowColumns<QueueEntry> CHANGES_BY_ID =
      CHANGES.and(RowColumns.<QueueEntry>of().bigint("id", QueueEntry::getId));

  /** {@link #CHANGES} written back by id, one entry ({@link #writeBack}). */
  public static final String WRITE_BACK =
      "UPDATE queue_entry SET " + CHANGES.assignments() + " WHERE id = ?";

  /**
   * {@link #WRITE_BACK} of a settlement, where the entry is still held by the claim that sent it
   * ({@link QueueEntry#isHeldBy}; a sweep may have decided it meanwhile): two more parameters, the
   * node and the claim number, the entry's own (a settlement does not change it). Checked in the
   * update itself rather than by locking the rows first, which cost a row lock (a heap write and
   * its WAL record) for every entry settled.
   */
  public static final String SETTLE =
      WRITE_BACK + " AND state = 'PENDING' AND claimed_by = ? AND claims = ?";

  /** A new entry's row: every column the mapping has. */
  static final RowInsert<QueueEntry> INSERT =
      new RowInsert<>(
          "queue_entry",
          RowColumns.<QueueEntry>of()
              .bigint("id", QueueEntry::getId)
              .bigint("communication_id", QueueEntry::getCommunicationId)
              .text("communication_number", QueueEntry::getCommunicationNumber)
              .text("contact_number", QueueEntry::getContactNumber)
              .bigint("external_system_id", QueueEntry::getExternalSystemId)
              .bool("pulled", QueueEntry::isPulled)
              .text("medium", entry -> entry.getMedium().name())
              .text("recipient", QueueEntry::getRecipient)
              .text("subject", QueueEntry::getSubject)
              .text("content", QueueEntry::getContent)
              .text("list_unsubscribe", QueueEntry::getListUnsubscribe)
              .time("expires_at", QueueEntry::getExpiresAt)
              .time("created_at", QueueEntry::getCreatedAt)
              .and(CHANGES));

  /** An attempt's row. */
  static final RowInsert<QueueAttempt> INSERT_ATTEMPT =
      new RowInsert<>(
          "queue_attempt",
          RowColumns.<QueueAttempt>of()
              .bigint("queue_entry_id", QueueAttempt::getQueueEntryId)
              .integer("position", QueueAttempt::getPosition)
              .time("attempted_at", QueueAttempt::getAttemptedAt)
              .text("outcome", attempt -> attempt.getOutcome().name())
              .text("code", QueueAttempt::getCode)
              .text("peer_reply", QueueAttempt::getPeerReply));

  /**
   * The entries with some peer references, locked in id order (two settlements never wait for each
   * other's rows crosswise). Parameters: the references.
   */
  static String byPeerReferences(int references) {
    return "SELECT * FROM queue_entry WHERE peer_reference IN ("
        + String.join(", ", Collections.nCopies(references, "?"))
        + ") ORDER BY id FOR UPDATE";
  }

  /** Reads the entries the statements above (and an external system's reports) lock. */
  static final EntityRows<QueueEntry> ROWS = EntityRows.of(QueueEntry.class);

  private static final String SEQUENCE = "queue_entry_seq";
  private static final int SEQUENCE_BLOCK = 50; // the mapping's allocationSize

  @PersistenceContext private EntityManager em;
  @Inject SequenceBlocks sequences;
  @Inject DatabaseFeatures features;

  /**
   * Stores new entries, giving each its id: the rows the mapping writes, column for column, by
   * {@link #INSERT} (one statement for them all, added to {@code writes}), without the provider's
   * change set per entry. They stay unmanaged.
   */
  public void addAll(List<QueueEntry> made, Writes writes) {
    for (QueueEntry entry : made) {
      entry.storedAs(sequences.next(SEQUENCE, SEQUENCE_BLOCK));
    }
    INSERT.addTo(writes, made);
  }

  public Optional<QueueEntry> findByCommunication(long communicationId) {
    return em.createNamedQuery("QueueEntry.byCommunication", QueueEntry.class)
        .setParameter("communicationId", communicationId)
        .getResultStream()
        .findFirst();
  }

  public List<QueueEntry> findByCommunications(Collection<Long> communicationIds) {
    if (communicationIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("QueueEntry.byCommunications", QueueEntry.class)
        .setParameter("communicationIds", communicationIds)
        .getResultList();
  }

  /**
   * The entries with these peer references (their peers' ids), locked until the transaction ends.
   * They are not managed: what the receipts decide is written by {@link #writeBack}.
   */
  List<QueueEntry> lockByPeerReferences(Collection<String> references) {
    if (references.isEmpty()) {
      return List.of();
    }
    return JdbcQuery.run(
        em, byPeerReferences(references.size()), List.copyOf(references), ROWS::readAll);
  }

  /** The attempts stored for an entry, oldest first (only where they are shown). */
  List<QueueAttempt> attemptsOf(long entryId) {
    return em.createQuery(
            "SELECT a FROM QueueAttempt a WHERE a.queueEntryId = :id ORDER BY a.position",
            QueueAttempt.class)
        .setParameter("id", entryId)
        .getResultList();
  }

  /** Stores the attempts recorded on the entry since it was read. */
  void saveAttempts(QueueEntry entry) {
    entry.takeUnsavedAttempts().forEach(em::persist);
  }

  /**
   * Writes back what a claim or receipts changed on entries they hold locked and no longer manage
   * ({@link #lockDue}, {@link #lockByPeerReferences}): one JDBC batch, not EclipseLink's change
   * tracking of every entry (nor a read of every entry again to merge it). Their new attempts are
   * stored with them ({@link #INSERT_ATTEMPT}).
   */
  void writeBack(List<QueueEntry> changed) {
    JdbcBatch.run(em, WRITE_BACK, changed, (update, entry) -> CHANGES_BY_ID.bind(update, 1, entry));
    saveAttemptsOf(changed);
  }

  /**
   * Writes back the settlements of entries {@code node} sent, each only if the claim that sent it
   * still holds it ({@link #SETTLE}), in id order so that two writers never wait for each other's
   * rows crosswise; the attempts of those written are stored.
   *
   * <p>The updates stay a JDBC batch of one statement per entry, each found by its primary key. As
   * one statement joining arrays of the batch ({@code UPDATE … FROM unnest(…)}), they were cheaper
   * on a settled table, but PostgreSQL keeps the plan it made for a prepared statement: made while
   * the queue was small it was a hash join over a scan of the whole table, and as the table grew
   * every settlement read all of it (10 times the database's CPU a message in the benchmark).
   *
   * @return the ids written back; the others were decided by someone else meanwhile
   */
  Set<Long> settleHeld(String node, List<QueueEntry> settled) {
    List<QueueEntry> inOrder =
        settled.stream().sorted(Comparator.comparing(QueueEntry::getId)).toList();
    int[] counts =
        JdbcBatch.run(
            em,
            SETTLE,
            inOrder,
            (update, entry) -> {
              int next = CHANGES_BY_ID.bind(update, 1, entry);
              update.setString(next, node);
              update.setInt(next + 1, entry.getClaims());
            });
    Set<Long> written = new HashSet<>();
    List<QueueEntry> held = new ArrayList<>(inOrder.size());
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == Statement.SUCCESS_NO_INFO) {
        // Which entries were written decides which attempts are stored: never guess.
        throw new IllegalStateException("The JDBC driver did not count the settlements it wrote");
      }
      if (counts[i] > 0) {
        written.add(inOrder.get(i).getId());
        held.add(inOrder.get(i));
      }
    }
    saveAttemptsOf(held);
    return written;
  }

  /** Stores the attempts recorded on these unmanaged entries since they were read. */
  private void saveAttemptsOf(List<QueueEntry> entries) {
    List<QueueAttempt> attempts =
        entries.stream().flatMap(entry -> entry.takeUnsavedAttempts().stream()).toList();
    INSERT_ATTEMPT.run(em, features, attempts);
  }

  /**
   * Locks up to {@code limit} due entries for this transaction, first due first, read in the same
   * statement. They are not managed: what the claim decides is written by {@link #writeBack}.
   */
  List<QueueEntry> lockDue(Instant now, int limit) {
    return JdbcQuery.run(em, DUE, List.of(InstantConverter.toNative(now), limit), ROWS::readAll);
  }

  /** The entries {@code node} claimed before {@code before} and has not settled, locked. */
  List<QueueEntry> lockClaimedBy(String node, Instant before) {
    return em.createQuery(
            "SELECT q FROM QueueEntry q WHERE q.state = org.herald.api.QueueState.PENDING"
                + " AND q.claimedBy = :node AND q.claimedAt < :before",
            QueueEntry.class)
        .setParameter("node", node)
        .setParameter("before", before)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** When the next dispatchable entry that is not yet due falls due. */
  Optional<Instant> nextDue(Instant now) {
    Object next =
        em.createNativeQuery(NEXT_DUE)
            .setParameter(1, InstantConverter.toNative(now))
            .getSingleResult();
    return Optional.ofNullable(next).map(InstantConverter::fromNative);
  }

  int expirePending(Instant now) {
    return sweep(EXPIRE, now, now);
  }

  int completeWithoutReceipt(Instant now, Instant acceptedBefore) {
    return sweep(RECEIPT_TIMEOUT, now, acceptedBefore);
  }

  int abandonClaims(Instant now, Instant claimedBefore) {
    return sweep(ABANDON_CLAIMS, now, claimedBefore);
  }

  @SuppressWarnings("unchecked")
  List<Long> stranded(Instant now, Instant dueBefore, int limit) {
    List<Number> ids =
        em.createNativeQuery(STRANDED)
            .setParameter(1, InstantConverter.toNative(now))
            .setParameter(2, InstantConverter.toNative(dueBefore))
            .setMaxResults(limit)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  private int sweep(String statement, Instant now, Instant cutoff) {
    return em.createNativeQuery(statement)
        .setParameter(1, InstantConverter.toNative(now))
        .setParameter(2, InstantConverter.toNative(cutoff))
        .executeUpdate();
  }
}
