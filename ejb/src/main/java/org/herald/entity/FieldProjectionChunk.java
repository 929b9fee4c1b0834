package org.herald.entity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** One chunk of {@link FieldProjectionBackfill}, committed on its own. */
@Stateless
public class FieldProjectionChunk {

  /** Records a chunk projects: small enough for a short transaction, large enough to be cheap. */
  static final int SIZE = 500;

  private final EntityModel model = EntityModel.crm();

  @PersistenceContext private EntityManager em;
  @Inject FieldProjection projection;

  /** Projects up to {@link #SIZE} unprojected records with ids above {@code afterId}, by id. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public FieldProjectionBackfill.Chunk projectAfter(long afterId) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT r.id FROM referring_entity r WHERE r.id > ? AND NOT EXISTS (SELECT 1 FROM"
                    + " entity_field_value v WHERE v.entity_type = r.type"
                    + " AND v.entity_number = r.number AND v.field = 'number') ORDER BY r.id")
            .setParameter(1, afterId)
            .setMaxResults(SIZE)
            .getResultList();
    List<EntitySnapshot> records = new ArrayList<>();
    long last = afterId;
    for (Object id : ids) {
      last = ((Number) id).longValue();
      ReferringEntity record = em.find(ReferringEntity.class, last);
      model.type(record.getType()).ifPresent(type -> records.add(record.snapshot(type)));
    }
    // Found without their number row; any other row a failed write left goes first.
    projection.project(records, List.of());
    int projected = records.size();
    // The persistence context ends with the transaction: memory is that of one chunk.
    return new FieldProjectionBackfill.Chunk(ids.size(), projected, last);
  }
}
