package org.herald.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.JoinType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.paging.ListQuery;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.persistence.InstantConverter;

/**
 * Stores notification runs. A chunk's progress is written in SQL, in the chunk's own transaction
 * and under the run's row lock, so pause, cancel and a second execution of the same run wait for
 * the chunk under way and then see it.
 */
@ApplicationScoped
public class NotificationRunRepository {

  /** Sortable list fields (API name → entity attribute). */
  public static final Map<String, String> SORTABLE =
      Map.of("number", "number", "createdAt", "createdAt", "state", "state");

  @PersistenceContext private EntityManager em;

  public Optional<NotificationRun> findByNumber(String number) {
    return em.createNamedQuery("NotificationRun.byNumber", NotificationRun.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  /** The run, its row locked until the transaction ends (state changes). */
  Optional<NotificationRun> lockByNumber(String number) {
    return findByNumber(number)
        .map(
            run -> {
              em.lock(run, LockModeType.PESSIMISTIC_WRITE);
              em.refresh(run);
              return run;
            });
  }

  NotificationRun find(long id) {
    return em.find(NotificationRun.class, id);
  }

  void add(NotificationRun run) {
    em.persist(run);
  }

  public ResultPage<NotificationRun> list(NotificationType type, RunState state, PageRequest page) {
    return list(type, null, state, page);
  }

  /** Runs of a type, of a plan, or of either (both null), optionally in one state. */
  public ResultPage<NotificationRun> list(
      NotificationType type, CommunicationPlan plan, RunState state, PageRequest page) {
    return new ListQuery<>(
            em,
            NotificationRun.class,
            SORTABLE,
            where ->
                where
                    .equal("type.code", type == null ? null : type.getCode())
                    .equal("plan.code", plan == null ? null : plan.getCode())
                    .equal("state", state))
        .fetching(
            root -> {
              // Left joins: a run has a type or a plan, never both.
              root.fetch("type", JoinType.LEFT);
              root.fetch("plan", JoinType.LEFT);
            })
        .page(page);
  }

  /** Where a chunk starts: the run's state and checkpoint, its row locked for the chunk. */
  record Checkpoint(RunState state, int attempt, long lastItemId) {}

  Checkpoint lockForChunk(long runId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT state, attempt, last_item_id FROM notification_run WHERE id = ?1"
                        + " FOR UPDATE")
                .setParameter(1, runId)
                .getSingleResult();
    return new Checkpoint(
        RunState.valueOf((String) row[0]),
        ((Number) row[1]).intValue(),
        ((Number) row[2]).longValue());
  }

  /** Adds a chunk's counts and moves the checkpoint, in the chunk's transaction. */
  void progress(long runId, long lastItemId, RunCounts counts, String node, Instant now) {
    em.createNativeQuery(
            "UPDATE notification_run SET last_item_id = ?1, candidates = candidates + ?2,"
                + " created = created + ?3, skipped_consent = skipped_consent + ?4,"
                + " skipped_no_address = skipped_no_address + ?5, failed = failed + ?6,"
                + " node = ?7, heartbeat_at = ?8 WHERE id = ?9")
        .setParameter(1, lastItemId)
        .setParameter(2, counts.candidates())
        .setParameter(3, counts.created())
        .setParameter(4, counts.skippedConsent())
        .setParameter(5, counts.skippedNoAddress())
        .setParameter(6, counts.failed())
        .setParameter(7, node)
        .setParameter(8, InstantConverter.toNative(now))
        .setParameter(9, runId)
        .executeUpdate();
  }

  /**
   * Takes over the running runs whose node stopped: those whose node has not finished a chunk since
   * {@code staleBefore} and, when {@code ownToo} (this node has just started, so none of them runs
   * here), this node's own, each as a new attempt. Answers their numbers; the row locks let one
   * node take each.
   */
  List<String> takeOverStale(String node, boolean ownToo, Instant staleBefore, Instant now) {
    Query stale =
        em.createNativeQuery(
                "SELECT number FROM notification_run WHERE state = 'RUNNING'"
                    + " AND (heartbeat_at < ?1 OR node IS NULL"
                    + (ownToo ? " OR node = ?2)" : ")")
                    + " FOR UPDATE")
            .setParameter(1, InstantConverter.toNative(staleBefore));
    if (ownToo) {
      stale.setParameter(2, node);
    }
    @SuppressWarnings("unchecked")
    List<String> numbers = stale.getResultList();
    for (String number : numbers) {
      em.createNativeQuery(
              "UPDATE notification_run SET node = ?1, heartbeat_at = ?2, attempt = attempt + 1"
                  + " WHERE number = ?3")
          .setParameter(1, node)
          .setParameter(2, InstantConverter.toNative(now))
          .setParameter(3, number)
          .executeUpdate();
    }
    return numbers;
  }

  /** What the queue and the tracking have made of the run's communications. */
  RunDelivery delivery(long runId) {
    Object[] queue =
        (Object[])
            em.createNativeQuery(
                    "SELECT"
                        + " COALESCE(SUM(CASE WHEN q.state = 'PENDING' THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN q.state IN ('COMPLETED', 'COMPLETED_AND_REMOVED')"
                        + " THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN q.state = 'REJECTED'"
                        + " AND (q.error_code IS NULL OR q.error_code <> 'EXPIRED')"
                        + " THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN q.state = 'REJECTED' AND q.error_code = 'EXPIRED'"
                        + " THEN 1 ELSE 0 END), 0)"
                        + " FROM communication c JOIN queue_entry q ON q.communication_id = c.id"
                        + " WHERE c.notification_run_id = ?1")
                .setParameter(1, runId)
                .getSingleResult();
    long viewed = tracked("email_view", runId);
    long clicked = tracked("link_click", runId);
    return new RunDelivery(
        number(queue[0]), number(queue[1]), number(queue[2]), number(queue[3]), viewed, clicked);
  }

  /** The run's communications with at least one row in a tracking table. */
  private long tracked(String table, long runId) {
    return number(
        em.createNativeQuery(
                "SELECT COUNT(*) FROM communication c WHERE c.notification_run_id = ?1"
                    + " AND EXISTS (SELECT 1 FROM "
                    + table
                    + " t WHERE t.communication_number = c.number)")
            .setParameter(1, runId)
            .getSingleResult());
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
