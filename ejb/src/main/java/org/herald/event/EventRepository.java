package org.herald.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.herald.paging.ListQuery;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.persistence.JdbcBatch;

/** Stores business events once per CRM id and finds them. */
@ApplicationScoped
public class EventRepository {

  /** Sortable list fields (API name → entity attribute). */
  public static final Map<String, String> SORTABLE =
      Map.of("receivedAt", "receivedAt", "occurredAt", "occurredAt", "id", "eventId");

  @PersistenceContext private EntityManager em;

  /**
   * Inserts the events whose ids are not stored yet (by an earlier POST, or by one racing this
   * one), in one batch: answers the row id of each this call inserted, by the CRM's id.
   */
  Map<String, Long> insertAllIfNew(List<NewEvent> batch, List<String> entityTypes, Instant now) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      positions.add(i);
    }
    OffsetDateTime receivedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    int[] inserted =
        JdbcBatch.run(
            em,
            "INSERT INTO business_event (id, event_id, event_type, entity_type, entity_number,"
                + " contact_number, occurred_at, received_at, version)"
                + " VALUES (nextval('business_event_seq'), ?, ?, ?, ?, ?, ?, ?, 0)"
                + " ON CONFLICT DO NOTHING",
            positions,
            (statement, i) -> {
              NewEvent event = batch.get(i);
              statement.setString(1, event.eventId());
              statement.setString(2, event.type());
              statement.setString(3, entityTypes.get(i));
              statement.setString(4, event.entity().number());
              statement.setString(5, event.contact());
              statement.setObject(6, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
              statement.setObject(7, receivedAt);
            });
    List<String> ours = new ArrayList<>();
    for (int i = 0; i < inserted.length; i++) {
      if (inserted[i] == 1) {
        ours.add(batch.get(i).eventId());
      }
    }
    Map<String, Long> found = new HashMap<>();
    if (!ours.isEmpty()) {
      em.createNamedQuery("BusinessEvent.rowIds", Object[].class)
          .setParameter("eventIds", ours)
          .getResultList()
          .forEach(row -> found.put((String) row[0], ((Number) row[1]).longValue()));
    }
    Map<String, Long> ids = new LinkedHashMap<>(); // in the batch's order
    ours.forEach(eventId -> ids.put(eventId, found.get(eventId)));
    return ids;
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

  /** The events with these row ids, in that order; those gone are left out. One query. */
  List<BusinessEvent> findAll(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, BusinessEvent> byId = new HashMap<>();
    em.createQuery("SELECT e FROM BusinessEvent e WHERE e.id IN :ids", BusinessEvent.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(event -> byId.put(event.getId(), event));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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
