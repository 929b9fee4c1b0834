package org.herald.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.paging.ListQuery;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

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
                .equal("status", filter.status()));
  }
}
