package org.herald.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores and finds portal users by name. */
@ApplicationScoped
public class PortalUserRepository {

  @PersistenceContext private EntityManager em;

  public Optional<PortalUser> findByName(String username) {
    return em.createNamedQuery("PortalUser.byName", PortalUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * The user locked for this transaction: concurrent attempts for one name are counted one after
   * the other, so a burst of guesses cannot slip past the limit.
   */
  public Optional<PortalUser> findByNameForUpdate(String username) {
    return em.createNamedQuery("PortalUser.byName", PortalUser.class)
        .setParameter("username", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public List<PortalUser> all() {
    return em.createNamedQuery("PortalUser.all", PortalUser.class).getResultList();
  }

  public long count() {
    return em.createNamedQuery("PortalUser.count", Long.class).getSingleResult();
  }

  public void add(PortalUser user) {
    em.persist(user);
  }
}
