package org.herald.entity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Projects, once at start-up, the records synced before the projection existed (an upgraded
 * database): those without the {@code number} row every projection writes. On a database whose
 * records are all projected this is one query that finds nothing.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FieldProjectionBackfill {

  private static final System.Logger LOG =
      System.getLogger(FieldProjectionBackfill.class.getName());

  private final EntityModel model = EntityModel.crm();

  @PersistenceContext private EntityManager em;
  @Inject FieldProjection projection;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void backfill() {
    List<?> unprojected =
        em.createNativeQuery(
                "SELECT r.id FROM referring_entity r WHERE NOT EXISTS (SELECT 1 FROM"
                    + " entity_field_value v WHERE v.entity_type = r.type"
                    + " AND v.entity_number = r.number AND v.field = 'number')")
            .getResultList();
    for (Object id : unprojected) {
      ReferringEntity record = em.find(ReferringEntity.class, ((Number) id).longValue());
      model.type(record.getType()).ifPresent(type -> projection.project(record.snapshot(type)));
    }
    if (!unprojected.isEmpty()) {
      LOG.log(System.Logger.Level.INFO, "Projected {0} referring entities", unprojected.size());
    }
  }
}
