package org.herald.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import org.herald.paging.ListQuery;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/** Stores and finds recurring runs by number. */
@ApplicationScoped
public class NotificationScheduleRepository {

  /** Sortable list fields (API name → entity attribute). */
  public static final Map<String, String> SORTABLE =
      Map.of("number", "number", "createdAt", "createdAt");

  @PersistenceContext private EntityManager em;

  public Optional<NotificationSchedule> findByNumber(String number) {
    return em.createNamedQuery("NotificationSchedule.byNumber", NotificationSchedule.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  void add(NotificationSchedule schedule) {
    em.persist(schedule);
  }

  void remove(NotificationSchedule schedule) {
    em.remove(schedule);
  }

  public ResultPage<NotificationSchedule> list(NotificationType type, PageRequest page) {
    return new ListQuery<>(
            em,
            NotificationSchedule.class,
            SORTABLE,
            where -> where.equal("type.code", type == null ? null : type.getCode()))
        .fetching(root -> root.fetch("type"))
        .page(page);
  }
}
