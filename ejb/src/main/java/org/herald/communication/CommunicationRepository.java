package org.herald.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/** Stores communications and lists them by filter, page and sort. */
@ApplicationScoped
public class CommunicationRepository {

  /** Sortable list fields (API name → JPQL path). */
  public static final Map<String, String> SORTABLE =
      Map.of(
          "number", "c.number",
          "createdAt", "c.createdAt",
          "completedAt", "c.completedAt",
          "medium", "c.medium",
          "direction", "c.direction",
          "status", "c.status",
          "subject", "c.subject",
          "contact", "c.contact.number");

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
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    String order =
        " ORDER BY "
            + SORTABLE.get(page.sortField())
            + (page.ascending() ? " ASC" : " DESC")
            + ", c.id";

    TypedQuery<Communication> items =
        em.createQuery(
            "SELECT c FROM Communication c JOIN FETCH c.contact LEFT JOIN FETCH c.category"
                + where
                + order,
            Communication.class);
    parameters.forEach(items::setParameter);
    return new ResultPage<>(
        items.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList(),
        page,
        count(filter));
  }

  public long count(CommunicationFilter filter) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(c) FROM Communication c" + where, Long.class);
    parameters.forEach(count::setParameter);
    return count.getSingleResult();
  }

  private static String where(CommunicationFilter filter, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    criterion(where, parameters, "c.contact.number", "contact", filter.contactNumber());
    criterion(where, parameters, "c.direction", "direction", filter.direction());
    criterion(where, parameters, "c.medium", "medium", filter.medium());
    criterion(where, parameters, "c.category.code", "category", filter.categoryCode());
    criterion(where, parameters, "c.status", "status", filter.status());
    return where.toString();
  }

  private static void criterion(
      StringBuilder where, Map<String, Object> parameters, String path, String name, Object value) {
    if (value != null) {
      where.append(" AND ").append(path).append(" = :").append(name);
      parameters.put(name, value);
    }
  }
}
