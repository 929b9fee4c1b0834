package org.herald.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import org.herald.paging.ListQuery;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/** Stores and finds communication plans by code. */
@ApplicationScoped
public class CommunicationPlanRepository {

  /** Sortable list fields (API name → entity attribute). */
  public static final Map<String, String> SORTABLE =
      Map.of("code", "code", "name", "name", "updatedAt", "updatedAt");

  @PersistenceContext private EntityManager em;

  public Optional<CommunicationPlan> findByCode(String code) {
    return em.createNamedQuery("CommunicationPlan.byCode", CommunicationPlan.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  void add(CommunicationPlan plan) {
    em.persist(plan);
  }

  void remove(CommunicationPlan plan) {
    em.remove(plan);
  }

  /** Whether any run was made of the plan (then it is kept: runs refer to it). */
  boolean hasRuns(CommunicationPlan plan) {
    return !em.createNativeQuery("SELECT 1 FROM notification_run WHERE communication_plan_id = ?1")
        .setParameter(1, plan.getId())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public ResultPage<CommunicationPlan> list(PageRequest page) {
    return new ListQuery<>(em, CommunicationPlan.class, SORTABLE, where -> {}).page(page);
  }
}
