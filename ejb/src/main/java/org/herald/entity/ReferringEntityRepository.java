package org.herald.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores the referring entities the CRM syncs and finds them for rendering. Contact information is
 * not among them: it is the contact table.
 */
@ApplicationScoped
public class ReferringEntityRepository implements EntityLookup {

  private final EntityModel model = EntityModel.crm();

  @PersistenceContext private EntityManager em;

  public Optional<ReferringEntity> findStored(String type, String number) {
    return em.createNamedQuery("ReferringEntity.byKey", ReferringEntity.class)
        .setParameter("type", type)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  /** The stored records of a type among these numbers, by number: one query. */
  Map<String, ReferringEntity> findStored(String type, Collection<String> numbers) {
    Map<String, ReferringEntity> found = new HashMap<>();
    if (!numbers.isEmpty()) {
      em.createNamedQuery("ReferringEntity.byNumbers", ReferringEntity.class)
          .setParameter("type", type)
          .setParameter("numbers", List.copyOf(numbers))
          .setFlushMode(FlushModeType.COMMIT) // as find: the writers flush what they change
          .getResultList()
          .forEach(stored -> found.put(stored.getNumber(), stored));
    }
    return found;
  }

  @Override
  public Optional<EntityRecord> find(String type, String number) {
    Optional<EntityType> entityType = model.type(type);
    if (entityType.isEmpty()) {
      return Optional.empty();
    }
    // Reads do not flush: the writers below flush what they change at once (written()), so the
    // database has it. Flushing before each read cost a comparison of everything the transaction
    // had made: rendering a batch of a hundred communications spent half its CPU there.
    return em.createNamedQuery("ReferringEntity.byKey", ReferringEntity.class)
        .setParameter("type", type)
        .setParameter("number", number)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .findFirst()
        .map(stored -> stored.snapshot(entityType.get()));
  }

  @Override
  public Map<String, EntityRecord> findAll(String type, Collection<String> numbers) {
    Optional<EntityType> entityType = model.type(type);
    if (entityType.isEmpty()) {
      return Map.of();
    }
    Map<String, EntityRecord> records = new HashMap<>();
    findStored(type, numbers)
        .forEach((number, stored) -> records.put(number, stored.snapshot(entityType.get())));
    return records;
  }

  void add(ReferringEntity entity) {
    em.persist(entity);
  }

  void remove(ReferringEntity entity) {
    em.remove(entity);
  }

  /** Writes the store's changes now, so that {@link #find} (which does not flush) sees them. */
  void written() {
    em.flush();
  }
}
