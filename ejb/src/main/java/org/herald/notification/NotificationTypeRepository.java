package org.herald.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import org.herald.api.Classification;
import org.herald.paging.ListQuery;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/** Stores and finds notification types by code. */
@ApplicationScoped
public class NotificationTypeRepository {

  /** Sortable list fields (API name → entity attribute). */
  public static final Map<String, String> SORTABLE =
      Map.of(
          "code",
          "code",
          "name",
          "name",
          "classification",
          "classification",
          "updatedAt",
          "updatedAt");

  @PersistenceContext private EntityManager em;

  public Optional<NotificationType> findByCode(String code) {
    return em.createNamedQuery("NotificationType.byCode", NotificationType.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  NotificationType find(long id) {
    return em.find(NotificationType.class, id);
  }

  void add(NotificationType type) {
    em.persist(type);
  }

  void remove(NotificationType type) {
    em.remove(type);
  }

  /** Whether any run was made of the type (then it is kept: runs refer to it). */
  boolean hasRuns(NotificationType type) {
    return !em.createNativeQuery("SELECT 1 FROM notification_run WHERE notification_type_id = ?1")
        .setParameter(1, type.getId())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public ResultPage<NotificationType> list(Classification classification, PageRequest page) {
    return new ListQuery<>(
            em,
            NotificationType.class,
            SORTABLE,
            where -> where.equal("classification", classification))
        .page(page);
  }
}
