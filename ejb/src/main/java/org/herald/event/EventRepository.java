package org.herald.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.paging.ListQuery;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/** Stores business events once per CRM id and finds them. */
@ApplicationScoped
public class EventRepository {

  /** Sortable list fields (API name → entity attribute). */
  public static final Map<String, String> SORTABLE =
      Map.of("receivedAt", "receivedAt", "occurredAt", "occurredAt", "id", "eventId");

  @PersistenceContext private EntityManager em;

  /**
   * Inserts the event unless its id is stored already (by an earlier POST, or by one racing this
   * one): answers its row id when this call inserted it, empty otherwise.
   */
  Optional<Long> insertIfNew(NewEvent event, String entityType, Instant now) {
    long id =
        ((Number) em.createNativeQuery("SELECT nextval('business_event_seq')").getSingleResult())
            .longValue();
    int inserted =
        em.createNativeQuery(
                "INSERT INTO business_event (id, event_id, event_type, entity_type, entity_number,"
                    + " contact_number, occurred_at, received_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING")
            .setParameter(1, id)
            .setParameter(2, event.eventId())
            .setParameter(3, event.type())
            .setParameter(4, entityType)
            .setParameter(5, event.entity().number())
            .setParameter(6, event.contact())
            .setParameter(7, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
            .setParameter(8, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .executeUpdate();
    return inserted == 1 ? Optional.of(id) : Optional.empty();
  }

  /** Which of these CRM ids are stored already. */
  Set<String> existing(List<String> eventIds) {
    if (eventIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createNamedQuery("BusinessEvent.eventIds", String.class)
            .setParameter("eventIds", eventIds)
            .getResultList());
  }

  public Optional<BusinessEvent> findByEventId(String eventId) {
    return em.createNamedQuery("BusinessEvent.byEventId", BusinessEvent.class)
        .setParameter("eventId", eventId)
        .getResultStream()
        .findFirst();
  }

  Optional<BusinessEvent> find(long id) {
    return Optional.ofNullable(em.find(BusinessEvent.class, id));
  }

  public ResultPage<BusinessEvent> list(String type, String contact, PageRequest page) {
    return new ListQuery<>(
            em,
            BusinessEvent.class,
            SORTABLE,
            where -> where.equal("eventType", type).equal("contactNumber", contact))
        .page(page);
  }
}
