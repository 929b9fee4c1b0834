package org.herald.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.api.QueueState;
import org.herald.paging.ListQuery;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.queue.QueueEntry;

/** Stores communications and lists them by filter, page and sort. */
@ApplicationScoped
public class CommunicationRepository {

  /** Sortable list fields (API name → attribute path). */
  public static final Map<String, String> SORTABLE =
      Map.of(
          "number", "number",
          "createdAt", "createdAt",
          "completedAt", "completedAt",
          "medium", "medium",
          "direction", "direction",
          "status", "status",
          "subject", "subject",
          "contact", "contact.number");

  @PersistenceContext private EntityManager em;

  public void add(Communication communication) {
    em.persist(communication);
  }

  public Optional<Communication> findByNumber(String number) {
    return em.createNamedQuery("Communication.byNumber", Communication.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  public List<String> followUps(Communication communication) {
    return em.createNamedQuery("Communication.followUps", String.class)
        .setParameter("communication", communication)
        .getResultList();
  }

  public Optional<Communication> findByIdempotencyKey(String key) {
    return em.createNamedQuery("Communication.byIdempotencyKey", Communication.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  public ResultPage<Communication> list(CommunicationFilter filter, PageRequest page) {
    return query(filter)
        .fetching(
            c -> {
              c.fetch("contact");
              c.fetch("category", JoinType.LEFT);
            })
        .page(page);
  }

  public long count(CommunicationFilter filter) {
    return query(filter).count();
  }

  private ListQuery<Communication> query(CommunicationFilter filter) {
    return new ListQuery<>(
        em,
        Communication.class,
        SORTABLE,
        where ->
            where
                .equal("contact.number", filter.contactNumber())
                .equal("direction", filter.direction())
                .equal("medium", filter.medium())
                .equal("category.code", filter.categoryCode())
                .equal("status", filter.status())
                .add(contactMatching(where, filter.contactSearch()))
                .add(deliveredAs(where, filter.deliveryState())));
  }

  /** The contact's number, or a part of its name in any case. */
  private static Predicate contactMatching(
      ListQuery.Conditions<Communication> where, String search) {
    if (search == null) {
      return null;
    }
    CriteriaBuilder cb = where.builder();
    return cb.or(
        cb.equal(where.path("contact.number"), search),
        where.containsIgnoringCase("contact.name", search));
  }

  /**
   * Its queue entry is in this state. The entry refers to its communication by id (the queue knows
   * no communications), hence a subquery over the entry's unique communication_id.
   */
  private static Predicate deliveredAs(
      ListQuery.Conditions<Communication> where, QueueState state) {
    if (state == null) {
      return null;
    }
    CriteriaBuilder cb = where.builder();
    Subquery<Long> entries = where.query().subquery(Long.class);
    Root<QueueEntry> entry = entries.from(QueueEntry.class);
    entries.select(entry.get("communicationId")).where(cb.equal(entry.get("state"), state));
    return where.path("id").in(entries);
  }
}
