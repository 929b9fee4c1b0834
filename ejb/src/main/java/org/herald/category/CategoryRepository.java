package org.herald.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.paging.ListQuery;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/** Stores and finds communication categories by code. */
@ApplicationScoped
public class CategoryRepository {

  /** Sortable list fields (API name → entity attribute). */
  public static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name");

  @PersistenceContext private EntityManager em;

  public Optional<Category> findByCode(String code) {
    return em.createNamedQuery("Category.byCode", Category.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<Category> all() {
    return em.createNamedQuery("Category.all", Category.class).getResultList();
  }

  public ResultPage<Category> list(PageRequest page) {
    return new ListQuery<>(em, Category.class, SORTABLE, all -> {}).page(page);
  }

  public void add(Category category) {
    em.persist(category);
  }

  public void remove(Category category) {
    em.remove(category);
  }

  public boolean isUsed(Category category) {
    return !em.createQuery(
            "SELECT c.id FROM Communication c WHERE c.category = :category", Long.class)
        .setParameter("category", category)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
