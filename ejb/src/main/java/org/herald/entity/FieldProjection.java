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
 * conditions over many contacts query (see {@code org.herald.condition.ConditionSql}), in step with
 * each record, in the transaction that changes the record.
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

  private void insert(String type, String number, String field, int position, Object value) {
    String text = value instanceof String s ? cut(s) : null;
    em.createNativeQuery(
            "INSERT INTO entity_field_value (entity_type, entity_number, field, position,"
                + " text_value, number_value, date_value, flag_value)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, type)
        .setParameter(2, number)
        .setParameter(3, field)
        .setParameter(4, position)
        .setParameter(5, text)
        .setParameter(6, value instanceof BigDecimal amount ? amount : null)
        .setParameter(7, value instanceof LocalDate date ? Date.valueOf(date) : null)
        .setParameter(8, value instanceof Boolean flag ? flag : null)
        .executeUpdate();
  }

  private static String cut(String text) {
    return text.length() > TEXT_LENGTH ? text.substring(0, TEXT_LENGTH) : text;
  }
}
