package org.herald.template;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/** Stores and finds communication templates by code. */
@ApplicationScoped
public class TemplateRepository {

  /** Sortable list fields (API name → entity attribute). */
  public static final Map<String, String> SORTABLE =
      Map.of("code", "code", "name", "name", "medium", "medium", "updatedAt", "updatedAt");

  @PersistenceContext private EntityManager em;

  public Optional<CommunicationTemplate> findByCode(String code) {
    return em.createNamedQuery("CommunicationTemplate.byCode", CommunicationTemplate.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  void add(CommunicationTemplate template) {
    em.persist(template);
  }

  void remove(CommunicationTemplate template) {
    em.remove(template);
  }

  public ResultPage<CommunicationTemplate> list(TemplateFilter filter, PageRequest page) {
    List<String> where = new ArrayList<>();
    if (filter.medium() != null) {
      where.add("t.medium = :medium");
    }
    if (filter.referringEntityType() != null) {
      where.add(":entityType MEMBER OF t.referringEntityTypes");
    }
    if (filter.externalSystem() != null) {
      where.add("t.externalSystemCode = :externalSystem");
    }
    if (filter.effective() != null) {
      where.add("t.effective = :effective");
    }
    String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    String order = SORTABLE.get(page.sortField()) + (page.ascending() ? " ASC" : " DESC");
    TypedQuery<CommunicationTemplate> items =
        em.createQuery(
            "SELECT t FROM CommunicationTemplate t" + condition + " ORDER BY t." + order + ", t.id",
            CommunicationTemplate.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(t) FROM CommunicationTemplate t" + condition, Long.class);
    for (TypedQuery<?> query : List.of(items, count)) {
      if (filter.medium() != null) {
        query.setParameter("medium", filter.medium());
      }
      if (filter.referringEntityType() != null) {
        query.setParameter("entityType", filter.referringEntityType());
      }
      if (filter.externalSystem() != null) {
        query.setParameter("externalSystem", filter.externalSystem());
      }
      if (filter.effective() != null) {
        query.setParameter("effective", filter.effective());
      }
    }
    List<CommunicationTemplate> found =
        items.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList();
    return new ResultPage<>(found, page, count.getSingleResult());
  }
}
