package org.herald.externalsystem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores external systems; finds one by code or by the hash of the key it presents. */
@ApplicationScoped
public class ExternalSystemRepository {

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

  public List<ExternalSystem> all() {
    return em.createNamedQuery("ExternalSystem.all", ExternalSystem.class).getResultList();
  }

  public void add(ExternalSystem system) {
    em.persist(system);
  }
}
