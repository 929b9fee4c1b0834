package org.herald.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores queue entries; claims and sweeps are single statements, so they are atomic. */
@ApplicationScoped
public class QueueRepository {

  @PersistenceContext private EntityManager em;

  public void add(QueueEntry entry) {
    em.persist(entry);
  }

  public Optional<QueueEntry> find(long id) {
    return Optional.ofNullable(em.find(QueueEntry.class, id));
  }

  public Optional<QueueEntry> findByCommunication(long communicationId) {
    return em.createNamedQuery("QueueEntry.byCommunication", QueueEntry.class)
        .setParameter("communicationId", communicationId)
        .getResultStream()
        .findFirst();
  }

  public List<QueueEntry> findByCommunications(Collection<Long> communicationIds) {
    if (communicationIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("QueueEntry.byCommunications", QueueEntry.class)
        .setParameter("communicationIds", communicationIds)
        .getResultList();
  }

  public Optional<QueueEntry> findByPeerReference(String reference) {
    return em.createNamedQuery("QueueEntry.byPeerReference", QueueEntry.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  /** Marks the entry as taken by {@code node}; true only for the one caller that won it. */
  boolean claim(long id, String node, Instant now) {
    return em.createNamedQuery("QueueEntry.claim")
            .setParameter("id", id)
            .setParameter("node", node)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  int expirePending(Instant now) {
    return em.createNamedQuery("QueueEntry.expire").setParameter("now", now).executeUpdate();
  }

  List<Long> stranded(Instant now, Instant due, int limit) {
    return em.createNamedQuery("QueueEntry.stranded", Long.class)
        .setParameter("now", now)
        .setParameter("due", due)
        .setMaxResults(limit)
        .getResultList();
  }
}
