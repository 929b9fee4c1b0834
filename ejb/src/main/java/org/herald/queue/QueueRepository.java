package org.herald.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.persistence.EntityRows;
import org.herald.persistence.InstantConverter;
import org.herald.persistence.JdbcBatch;
import org.herald.persistence.JdbcQuery;
import org.herald.persistence.SequenceBlocks;

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
   * QueueEntry#settle}) or a receipt may change on an entry, written back by id ({@link
   * #writeBack}; a settlement's through {@link #SETTLE}).
   */
  public static final String WRITE_BACK =
      "UPDATE queue_entry SET state = ?, attempts = ?, claimed_by = ?, claimed_at = ?,"
          + " rate_slot_reserved = ?, error_code = ?, error_reason = ?, completed_at = ?,"
          + " peer_reference = ?, parts = ?, awaiting_receipt_since = ?, next_attempt_at = ?,"
          + " claims = ? WHERE id = ?";

  /**
   * {@link #WRITE_BACK} of a settlement, where the entry is still held by the claim that sent it
   * ({@link QueueEntry#isHeldBy}; a sweep may have decided it meanwhile): two more parameters, the
   * node and its claim number. Checked in the update itself rather than by locking the rows first,
   * which cost a row lock (a heap write and its WAL record) for every entry settled.
   */
  public static final String SETTLE =
      WRITE_BACK + " AND state = 'PENDING' AND claimed_by = ? AND claims = ?";

  static final String INSERT =
      "INSERT INTO queue_entry (id, communication_id, communication_number, contact_number,"
          + " external_system_id, pulled, medium, recipient, subject, content, list_unsubscribe,"
          + " state, error_code, error_reason, attempts, peer_reference, parts,"
          + " awaiting_receipt_since, expires_at, next_attempt_at, rate_slot_reserved, claims,"
          + " claimed_by, claimed_at, created_at, completed_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  static final String INSERT_ATTEMPT =
      "INSERT INTO queue_attempt (queue_entry_id, position, attempted_at, outcome, code,"
          + " peer_reply) VALUES (?, ?, ?, ?, ?, ?)";

  /**
   * The entries with some peer references, locked in id order (two settlements never wait for each
   * other's rows crosswise). Parameters: the references.
   */
  static String byPeerReferences(int references) {
    return "SELECT * FROM queue_entry WHERE peer_reference IN ("
        + String.join(", ", Collections.nCopies(references, "?"))
        + ") ORDER BY id FOR UPDATE";
  }

  /** Reads the entries the statements above lock, past the provider. */
  private static final EntityRows<QueueEntry> ROWS = EntityRows.of(QueueEntry.class);

  private static final String SEQUENCE = "queue_entry_seq";
  private static final int SEQUENCE_BLOCK = 50; // the mapping's allocationSize

  @PersistenceContext private EntityManager em;
  @Inject SequenceBlocks sequences;

  public void add(QueueEntry entry) {
    em.persist(entry);
  }

  /**
   * Stores new entries made in bulk as one JDBC batch, giving each its id: the rows the mapping
   * writes, column for column, without the provider's change set per entry. They stay unmanaged.
   */
  public void addAll(List<QueueEntry> made) {
    for (QueueEntry entry : made) {
      entry.storedAs(sequences.next(SEQUENCE, SEQUENCE_BLOCK));
    }
    JdbcBatch.run(
        em,
        INSERT,
        made,
        (insert, entry) -> {
          insert.setLong(1, entry.getId());
          insert.setLong(2, entry.getCommunicationId());
          insert.setString(3, entry.getCommunicationNumber());
          insert.setString(4, entry.getContactNumber());
          JdbcBatch.setId(insert, 5, entry.getExternalSystemId());
          insert.setBoolean(6, entry.isPulled());
          insert.setString(7, entry.getMedium().name());
          insert.setString(8, entry.getRecipient());
          insert.setString(9, entry.getSubject());
          insert.setString(10, entry.getContent());
          insert.setString(11, entry.getListUnsubscribe());
          insert.setString(12, entry.getState().name());
          insert.setString(13, entry.getErrorCode());
          insert.setString(14, entry.getErrorReason());
          insert.setInt(15, entry.getAttempts());
          insert.setString(16, entry.getPeerReference());
          insert.setInt(17, entry.getParts());
          insert.setObject(18, InstantConverter.toNative(entry.getAwaitingReceiptSince()));
          insert.setObject(19, InstantConverter.toNative(entry.getExpiresAt()));
          insert.setObject(20, InstantConverter.toNative(entry.getNextAttemptAt()));
          insert.setBoolean(21, entry.hasRateSlot());
          insert.setInt(22, entry.getClaims());
          insert.setString(23, entry.getClaimedBy());
          insert.setObject(24, InstantConverter.toNative(entry.getClaimedAt()));
          insert.setObject(25, InstantConverter.toNative(entry.getCreatedAt()));
          insert.setObject(26, InstantConverter.toNative(entry.getCompletedAt()));
        });
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
   * stored with them, in a second batch.
   */
  void writeBack(List<QueueEntry> changed) {
    JdbcBatch.run(em, WRITE_BACK, changed, QueueRepository::bindWriteBack);
    saveAttemptsOf(changed);
  }

  /**
   * Writes back the settlements of entries {@code node} sent under the claim numbers given (id →
   * claim), each only if that claim still holds it ({@link #SETTLE}), in id order so that two
   * writers never wait for each other's rows crosswise; the attempts of those written are stored.
   *
   * @return the ids written back; the others were decided by someone else meanwhile
   */
  Set<Long> settleHeld(String node, Map<Long, Integer> claims, List<QueueEntry> settled) {
    List<QueueEntry> inOrder =
        settled.stream().sorted(Comparator.comparing(QueueEntry::getId)).toList();
    int[] counts =
        JdbcBatch.run(
            em,
            SETTLE,
            inOrder,
            (update, entry) -> {
              bindWriteBack(update, entry);
              update.setString(15, node);
              update.setInt(16, claims.get(entry.getId()));
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

  private static void bindWriteBack(PreparedStatement update, QueueEntry entry)
      throws SQLException {
    update.setString(1, entry.getState().name());
    update.setInt(2, entry.getAttempts());
    update.setString(3, entry.getClaimedBy());
    update.setObject(4, InstantConverter.toNative(entry.getClaimedAt()));
    update.setBoolean(5, entry.hasRateSlot());
    update.setString(6, entry.getErrorCode());
    update.setString(7, entry.getErrorReason());
    update.setObject(8, InstantConverter.toNative(entry.getCompletedAt()));
    update.setString(9, entry.getPeerReference());
    update.setInt(10, entry.getParts());
    update.setObject(11, InstantConverter.toNative(entry.getAwaitingReceiptSince()));
    update.setObject(12, InstantConverter.toNative(entry.getNextAttemptAt()));
    update.setInt(13, entry.getClaims());
    update.setLong(14, entry.getId());
  }

  /** Stores the attempts recorded on these unmanaged entries since they were read. */
  private void saveAttemptsOf(List<QueueEntry> entries) {
    List<QueueAttempt> attempts =
        entries.stream().flatMap(entry -> entry.takeUnsavedAttempts().stream()).toList();
    JdbcBatch.run(
        em,
        INSERT_ATTEMPT,
        attempts,
        (insert, attempt) -> {
          insert.setLong(1, attempt.getQueueEntryId());
          insert.setInt(2, attempt.getPosition());
          insert.setObject(3, InstantConverter.toNative(attempt.getAttemptedAt()));
          insert.setString(4, attempt.getOutcome().name());
          insert.setString(5, attempt.getCode());
          insert.setString(6, attempt.getPeerReply());
        });
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
