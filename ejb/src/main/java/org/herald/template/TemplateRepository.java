package org.herald.template;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.paging.ListQuery;
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
    return new ListQuery<>(
            em,
            CommunicationTemplate.class,
            SORTABLE,
            where -> {
              where
                  .equal("medium", filter.medium())
                  .equal("externalSystemCode", filter.externalSystem())
                  .equal("effective", filter.effective());
              if (filter.referringEntityType() != null) {
                where.add(
                    where
                        .builder()
                        .isMember(
                            filter.referringEntityType(),
                            where.<Set<String>>path("referringEntityTypes")));
              }
            })
        .page(page);
  }
}
