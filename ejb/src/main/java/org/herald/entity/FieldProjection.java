package org.herald.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Keeps {@code entity_field_value}, the typed per-field projection of the referring entities that
 * conditions over many contacts query (the conditions' SQL compiler), in step with each record, in
 * the transaction that changes the record.
 */
@ApplicationScoped
public class FieldProjection {

  /** Longer text is cut: a condition's value is far shorter, and an index entry must stay small. */
  static final int TEXT_LENGTH = 1000;

  @PersistenceContext private EntityManager em;

  /** Replaces the record's projected values by the snapshot's. */
  void project(EntitySnapshot snapshot) {
    remove(snapshot.type(), snapshot.number());
    insert(snapshot.type(), snapshot.number(), EntityRecord.NUMBER, 0, snapshot.number());
    snapshot
        .values()
        .forEach(
            (field, value) -> {
              if (value instanceof Collection<?> items) {
                int position = 0;
                for (Object item : List.copyOf(items)) {
                  insert(snapshot.type(), snapshot.number(), field, position++, item);
                }
              } else if (!EntityRecord.NUMBER.equals(field)) {
                insert(snapshot.type(), snapshot.number(), field, 0, value);
              }
            });
  }

  void remove(String type, String number) {
    em.createNativeQuery(
            "DELETE FROM entity_field_value WHERE entity_type = ? AND entity_number = ?")
        .setParameter(1, type)
        .setParameter(2, number)
        .executeUpdate();
  }

  /**
   * One row with the value in the column of its kind; the others are left out rather than bound as
   * nulls, whose type PostgreSQL would not infer.
   */
  private void insert(String type, String number, String field, int position, Object value) {
    String column;
    Object bound;
    if (value instanceof BigDecimal amount) {
      column = "number_value";
      bound = amount;
    } else if (value instanceof LocalDate date) {
      column = "date_value";
      bound = Date.valueOf(date);
    } else if (value instanceof Boolean flag) {
      column = "flag_value";
      bound = flag;
    } else {
      column = "text_value";
      bound = cut(value.toString());
    }
    em.createNativeQuery(
            "INSERT INTO entity_field_value (entity_type, entity_number, field, position, "
                + column
                + ") VALUES (?, ?, ?, ?, ?)")
        .setParameter(1, type)
        .setParameter(2, number)
        .setParameter(3, field)
        .setParameter(4, position)
        .setParameter(5, bound)
        .executeUpdate();
  }

  private static String cut(String text) {
    return text.length() > TEXT_LENGTH ? text.substring(0, TEXT_LENGTH) : text;
  }
}
