package org.herald.automation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.paging.ListQuery;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/** Stores automations and finds those an event triggers. */
@ApplicationScoped
public class AutomationRepository {

  /** Sortable list fields (API name → entity attribute). */
  public static final Map<String, String> SORTABLE =
      Map.of("code", "code", "name", "name", "eventType", "eventType", "updatedAt", "updatedAt");

  @PersistenceContext private EntityManager em;

  public Optional<Automation> findByCode(String code) {
    return em.createNamedQuery("Automation.byCode", Automation.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The effective automations of an event type, oldest first. */
  public List<Automation> effectiveFor(String eventType) {
    return em.createNamedQuery("Automation.effectiveFor", Automation.class)
        .setParameter("eventType", eventType)
        .getResultList();
  }

  void add(Automation automation) {
    em.persist(automation);
  }

  void remove(Automation automation) {
    em.remove(automation);
  }

  public ResultPage<Automation> list(String eventType, Boolean effective, PageRequest page) {
    return new ListQuery<>(
            em,
            Automation.class,
            SORTABLE,
            where -> where.equal("eventType", eventType).equal("effective", effective))
        .page(page);
  }
}
