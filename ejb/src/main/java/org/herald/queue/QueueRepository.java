package org.herald.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

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

  /**
   * One page of an external system's entries that have not expired, optionally narrowed by state,
   * medium and contact; oldest first.
   */
  public ResultPage<QueueEntry> listForSystem(
      long systemId, ExternalQueueFilter filter, Instant now, PageRequest page) {
    StringBuilder where =
        new StringBuilder(" WHERE q.externalSystemId = :system AND q.expiresAt > :now");
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("system", systemId);
    parameters.put("now", now);
    if (filter.state() != null) {
      where.append(" AND q.state = :state");
      parameters.put("state", filter.state());
    }
    if (filter.medium() != null) {
      where.append(" AND q.medium = :medium");
      parameters.put("medium", filter.medium());
    }
    if (filter.contactNumber() != null) {
      where.append(" AND q.contactNumber = :contact");
      parameters.put("contact", filter.contactNumber());
    }
    TypedQuery<QueueEntry> items =
        em.createQuery("SELECT q FROM QueueEntry q" + where + " ORDER BY q.id", QueueEntry.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(q) FROM QueueEntry q" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          items.setParameter(name, value);
          count.setParameter(name, value);
        });
    return new ResultPage<>(
        items.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList(),
        page,
        count.getSingleResult());
  }

  /** An external system's entry for a communication, unless it has expired. */
  public Optional<QueueEntry> findForSystem(
      long systemId, String communicationNumber, Instant now) {
    return em.createQuery(
            "SELECT q FROM QueueEntry q WHERE q.externalSystemId = :system"
                + " AND q.communicationNumber = :number AND q.expiresAt > :now",
            QueueEntry.class)
        .setParameter("system", systemId)
        .setParameter("number", communicationNumber)
        .setParameter("now", now)
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

  int completeWithoutReceipt(Instant now, Instant awaitingSince) {
    return em.createNamedQuery("QueueEntry.receiptTimeout")
        .setParameter("now", now)
        .setParameter("cutoff", awaitingSince)
        .executeUpdate();
  }

  int abandonClaims(Instant now, Instant claimedBefore) {
    return em.createNamedQuery("QueueEntry.abandonClaims")
        .setParameter("now", now)
        .setParameter("cutoff", claimedBefore)
        .executeUpdate();
  }

  List<Long> stranded(Instant now, Instant due, int limit) {
    return em.createNamedQuery("QueueEntry.stranded", Long.class)
        .setParameter("now", now)
        .setParameter("due", due)
        .setMaxResults(limit)
        .getResultList();
  }
}
