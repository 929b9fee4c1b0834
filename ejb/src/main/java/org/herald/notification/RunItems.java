package org.herald.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityType;
import org.herald.entity.ReferringEntity;

/**
 * Reads a run's candidates from the database by keyset: the next page of the item type's records
 * (or, for a communication plan, of contacts) after the last id read, in id order. Each page costs
 * the same however far the run is, and memory holds one page, however many items there are.
 */
@ApplicationScoped
public class RunItems {

  @PersistenceContext private EntityManager em;

  List<RunItem> after(String itemType, Audience audience, long afterId, int size) {
    if (itemType.equals(EntityModel.CONTACT_INFORMATION)) {
      return contactsAfter(audience, afterId, size);
    }
    // Plain ? throughout: the audience's own placeholders follow the type's and the keyset's.
    EntityType type = EntityModel.crm().type(itemType).orElseThrow();
    Query query =
        em.createNativeQuery(
                "SELECT e.* FROM referring_entity e WHERE e.type = ? AND e.id > ? AND ("
                    + audience.predicate()
                    + ") ORDER BY e.id",
                ReferringEntity.class)
            .setParameter(1, itemType)
            .setParameter(2, afterId)
            .setMaxResults(size);
    for (int i = 0; i < audience.parameters().size(); i++) {
      query.setParameter(i + 3, audience.parameters().get(i));
    }
    @SuppressWarnings("unchecked")
    List<ReferringEntity> page = query.getResultList();
    return page.stream().map(e -> new RunItem(e.getId(), e.snapshot(type))).toList();
  }

  /** A communication plan's items: contacts (the audience over {@code contact e}), by id. */
  private List<RunItem> contactsAfter(Audience audience, long afterId, int size) {
    Query query =
        em.createNativeQuery(
                "SELECT e.id, e.number FROM contact e WHERE e.id > ? AND ("
                    + audience.predicate()
                    + ") ORDER BY e.id")
            .setParameter(1, afterId)
            .setMaxResults(size);
    for (int i = 0; i < audience.parameters().size(); i++) {
      query.setParameter(i + 2, audience.parameters().get(i));
    }
    List<RunItem> page = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      page.add(RunItem.contact(((Number) columns[0]).longValue(), (String) columns[1]));
    }
    return page;
  }
}
