package org.herald.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.herald.persistence.JdbcBatch;

/**
 * Keeps {@code entity_field_value}, the typed per-field projection of the referring entities that
 * conditions over many contacts query (the conditions' SQL compiler), in step with each record, in
 * the transaction that changes the record. Rows are written in JDBC batches: an event batch
 * projects a hundred records of seven fields or so at once.
 */
@ApplicationScoped
public class FieldProjection {

  /** Longer text is cut: a condition's value is far shorter, and an index entry must stay small. */
  static final int TEXT_LENGTH = 1000;

  private static final String REMOVE =
      "DELETE FROM entity_field_value WHERE entity_type = ? AND entity_number = ?";
  private static final String INSERT =
      "INSERT INTO entity_field_value (entity_type, entity_number, field, position, text_value,"
          + " number_value, date_value, flag_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  /** One projected value. */
  private record Row(EntitySnapshot record, String field, int position, Object value) {}

  @PersistenceContext private EntityManager em;

  /** Replaces the record's projected values by the snapshot's. */
  void project(EntitySnapshot snapshot) {
    project(List.of(snapshot), List.of());
  }

  /**
   * Projects records: the {@code replaced} ones had rows, which go first; the {@code added} ones
   * are new and have none. A new record is not asked to delete: on a table that grew from empty
   * faster than its statistics, that delete was planned as a scan of the type's rows (9.7 ms of
   * database CPU an event in the events benchmark).
   */
  void project(Collection<EntitySnapshot> replaced, Collection<EntitySnapshot> added) {
    remove(replaced.stream().map(record -> new EntityKey(record.type(), record.number())).toList());
    List<Row> rows = new ArrayList<>();
    rowsOf(replaced, rows);
    rowsOf(added, rows);
    JdbcBatch.run(em, INSERT, rows, FieldProjection::bind);
  }

  void remove(String type, String number) {
    remove(List.of(new EntityKey(type, number)));
  }

  private void remove(List<EntityKey> records) {
    JdbcBatch.run(
        em,
        REMOVE,
        records,
        (statement, record) -> {
          statement.setString(1, record.type());
          statement.setString(2, record.number());
        });
  }

  private static void rowsOf(Collection<EntitySnapshot> records, List<Row> rows) {
    for (EntitySnapshot record : records) {
      rows.add(new Row(record, EntityRecord.NUMBER, 0, record.number()));
      record
          .values()
          .forEach(
              (field, value) -> {
                if (value instanceof Collection<?> items) {
                  int position = 0;
                  for (Object item : List.copyOf(items)) {
                    rows.add(new Row(record, field, position++, item));
                  }
                } else if (!EntityRecord.NUMBER.equals(field)) {
                  rows.add(new Row(record, field, 0, value));
                }
              });
    }
  }

  /** The value goes in the column of its kind; the others are typed nulls. */
  private static void bind(PreparedStatement statement, Row row) throws SQLException {
    statement.setString(1, row.record().type());
    statement.setString(2, row.record().number());
    statement.setString(3, row.field());
    statement.setInt(4, row.position());
    Object value = row.value();
    if (value instanceof BigDecimal || value instanceof LocalDate || value instanceof Boolean) {
      statement.setNull(5, Types.VARCHAR);
    } else {
      statement.setString(5, cut(value.toString()));
    }
    if (value instanceof BigDecimal amount) {
      statement.setBigDecimal(6, amount);
    } else {
      statement.setNull(6, Types.NUMERIC);
    }
    if (value instanceof LocalDate date) {
      statement.setDate(7, Date.valueOf(date));
    } else {
      statement.setNull(7, Types.DATE);
    }
    if (value instanceof Boolean flag) {
      statement.setBoolean(8, flag);
    } else {
      statement.setNull(8, Types.BOOLEAN);
    }
  }

  private static String cut(String text) {
    return text.length() > TEXT_LENGTH ? text.substring(0, TEXT_LENGTH) : text;
  }
}
