package org.herald.externalsystem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.paging.ListQuery;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/** Stores external systems; finds one by code or by the hash of the key it presents. */
@ApplicationScoped
public class ExternalSystemRepository {

  /** Sortable list fields (API name → entity attribute). */
  public static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name");

  @PersistenceContext private EntityManager em;

  public Optional<ExternalSystem> findByCode(String code) {
    return em.createNamedQuery("ExternalSystem.byCode", ExternalSystem.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Optional<ExternalSystem> findByKeyHash(String hash) {
    return em.createNamedQuery("ExternalSystem.byKeyHash", ExternalSystem.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  /** The system whose previous key this is, while that key is still within its grace period. */
  public Optional<ExternalSystem> findByPreviousKeyHash(String hash, Instant now) {
    return em.createNamedQuery("ExternalSystem.byPreviousKeyHash", ExternalSystem.class)
        .setParameter("hash", hash)
        .setParameter("now", now)
        .getResultStream()
        .findFirst();
  }

  public List<ExternalSystem> all() {
    return em.createNamedQuery("ExternalSystem.all", ExternalSystem.class).getResultList();
  }

  public ResultPage<ExternalSystem> list(PageRequest page) {
    return new ListQuery<>(em, ExternalSystem.class, SORTABLE, all -> {}).page(page);
  }

  public void add(ExternalSystem system) {
    em.persist(system);
  }
}
