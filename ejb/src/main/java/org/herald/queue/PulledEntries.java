package org.herald.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.api.Medium;
import org.herald.api.QueueState;
import org.herald.persistence.InstantConverter;
import org.herald.persistence.JdbcQuery;

/**
 * The queue as external systems pull it: keyset pages of one system's live entries, and its entries
 * by communication number. Each statement is plain SQL that an index of V12 serves, so a call costs
 * the same however many entries the system has; the statements are public so that a test can
 * EXPLAIN this very text on PostgreSQL.
 */
@ApplicationScoped
public class PulledEntries {

  /** A statement's text and its parameters in order, each as JDBC binds it. */
  public record Statement(String sql, List<Object> parameters) {}

  /** One page, the cursor of the next (null at the end) and the total when it was asked for. */
  public record Page(List<PulledEntry> items, QueueCursor next, Long totalItems) {}

  private static final String COLUMNS =
      "id, communication_number, contact_number, medium, recipient, subject, content, state,"
          + " error_code, error_reason, created_at, expires_at, completed_at";

  @PersistenceContext private EntityManager em;

  /**
   * The system's live entries after {@code after} (from the first when null), oldest first. The
   * total is a count over all of them, so it is only made when asked.
   */
  public Page page(
      long systemId,
      ExternalQueueFilter filter,
      QueueCursor after,
      int size,
      boolean withTotal,
      Instant now) {
    // One row more than asked tells whether a next page exists, so the last page has no cursor.
    List<PulledEntry> rows = entries(pageStatement(systemId, filter, after, size + 1, now));
    boolean more = rows.size() > size;
    List<PulledEntry> items = more ? rows.subList(0, size) : rows;
    Long total =
        withTotal
            ? ((Number) query(countStatement(systemId, filter, now)).getSingleResult()).longValue()
            : null;
    return new Page(List.copyOf(items), more ? items.get(size - 1).cursor() : null, total);
  }

  /** The system's entry for a communication, unless it has expired. */
  public Optional<PulledEntry> find(long systemId, String communicationNumber, Instant now) {
    return entries(entryStatement(systemId, communicationNumber, now)).stream().findFirst();
  }

  /**
   * The system's live entries among these communications, locked until the transaction ends, in id
   * order so that two reports naming the same entries take turns instead of deadlocking. One
   * statement finds, locks and reads them, by JDBC (their attempt logs stay unread): the provider's
   * second query built, registered and cloned each entry only for it to be detached. They come
   * unmanaged: what reports change is written by {@link #saveReports}, in bulk.
   */
  public List<QueueEntry> lockForReport(
      long systemId, Collection<String> communicationNumbers, Instant now) {
    if (communicationNumbers.isEmpty()) {
      return List.of();
    }
    Statement lock = reportStatement(systemId, communicationNumbers, now);
    return JdbcQuery.run(em, lock.sql(), lock.parameters(), QueueRepository.ROWS::readAll);
  }

  /**
   * Writes the life cycle of entries that reports changed ({@link QueueEntry#report}: state, error
   * code and reason, completion time) with one statement for each distinct result — a page
   * completed is one UPDATE, not one per entry. The entries must be locked by {@link
   * #lockForReport} in this transaction.
   */
  public void saveReports(Collection<QueueEntry> reported) {
    Map<List<Object>, List<Long>> idsByResult = new LinkedHashMap<>();
    for (QueueEntry entry : reported) {
      idsByResult
          .computeIfAbsent(
              Arrays.asList(
                  entry.getState().name(),
                  entry.getErrorCode(),
                  entry.getErrorReason(),
                  at(entry.getCompletedAt())),
              result -> new ArrayList<>())
          .add(entry.getId());
    }
    idsByResult.forEach(
        (result, ids) -> {
          List<Object> parameters = new ArrayList<>(result);
          parameters.addAll(ids);
          JdbcQuery.update(
              em,
              "UPDATE queue_entry SET state = ?, error_code = ?, error_reason = ?,"
                  + " completed_at = ? WHERE id IN ("
                  + String.join(", ", Collections.nCopies(ids.size(), "?"))
                  + ")",
              JdbcQuery.inOrder(parameters));
        });
  }

  /** A page of {@link #page}, {@code limit} rows at most. */
  public static Statement pageStatement(
      long systemId, ExternalQueueFilter filter, QueueCursor after, int limit, Instant now) {
    Statement where = where(systemId, filter, now);
    List<Object> parameters = new ArrayList<>(where.parameters());
    parameters.add(after == null ? 0L : after.afterId());
    parameters.add(limit);
    return new Statement(
        "SELECT " + COLUMNS + " FROM queue_entry" + where.sql() + " AND id > ? ORDER BY id LIMIT ?",
        parameters);
  }

  /** The number of entries {@link #page} goes through. */
  public static Statement countStatement(long systemId, ExternalQueueFilter filter, Instant now) {
    Statement where = where(systemId, filter, now);
    return new Statement("SELECT COUNT(*) FROM queue_entry" + where.sql(), where.parameters());
  }

  /** The entry of {@link #find}. */
  public static Statement entryStatement(long systemId, String communicationNumber, Instant now) {
    return new Statement(
        "SELECT "
            + COLUMNS
            + " FROM queue_entry WHERE external_system_id = ? AND communication_number = ?"
            + " AND expires_at > ?",
        List.of(systemId, communicationNumber, at(now)));
  }

  /** The rows {@link #lockForReport} locks, read whole in the same statement. */
  public static Statement reportStatement(
      long systemId, Collection<String> communicationNumbers, Instant now) {
    List<Object> parameters = new ArrayList<>(communicationNumbers);
    parameters.add(systemId);
    parameters.add(at(now));
    return new Statement(
        // By the numbers' unique index whatever the statistics say: `+ 0` keeps the system's
        // indexes out of the plan. A table not yet analysed (a burst outran autovacuum) made the
        // planner take the system's index instead and scan all its entries, 140-270 ms a call at
        // 110,000 against 1 ms (ExternalQueueScaleIT; bench/README.md, session 9).
        "SELECT * FROM queue_entry WHERE communication_number IN ("
            + String.join(", ", Collections.nCopies(communicationNumbers.size(), "?"))
            + ") AND external_system_id IS NOT NULL AND external_system_id + 0 = ?"
            + " AND expires_at > ? ORDER BY id FOR UPDATE",
        parameters);
  }

  /** The conditions a listing shares with its count. */
  private static Statement where(long systemId, ExternalQueueFilter filter, Instant now) {
    StringBuilder sql = new StringBuilder(" WHERE external_system_id = ? AND expires_at > ?");
    List<Object> parameters = new ArrayList<>(List.of(systemId, at(now)));
    if (filter.state() != null) {
      sql.append(" AND state = ?");
      parameters.add(filter.state().name());
    }
    if (filter.medium() != null) {
      sql.append(" AND medium = ?");
      parameters.add(filter.medium().name());
    }
    if (filter.contactNumber() != null) {
      sql.append(" AND contact_number = ?");
      parameters.add(filter.contactNumber());
    }
    return new Statement(sql.toString(), parameters);
  }

  private Query query(Statement statement) {
    Query query = em.createNativeQuery(statement.sql());
    for (int i = 0; i < statement.parameters().size(); i++) {
      query.setParameter(i + 1, statement.parameters().get(i));
    }
    return query;
  }

  @SuppressWarnings("unchecked")
  private List<PulledEntry> entries(Statement statement) {
    List<Object[]> rows = query(statement).getResultList();
    return rows.stream().map(PulledEntries::entry).toList();
  }

  private static PulledEntry entry(Object[] row) {
    return new PulledEntry(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        Medium.valueOf((String) row[3]),
        (String) row[4],
        (String) row[5],
        (String) row[6],
        QueueState.valueOf((String) row[7]),
        (String) row[8],
        (String) row[9],
        InstantConverter.fromNative(row[10]),
        InstantConverter.fromNative(row[11]),
        InstantConverter.fromNative(row[12]));
  }

  /** Native queries bypass the entity's converter: bind times as it stores them. */
  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
