package org.herald.bench.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The yardstick of the events phase: the rows Herald wrote for one of its events (the event, its
 * entity's record and projection, the outcome, the communication, its referring entity and its
 * queue entry), copied N times into empty tables of the same shape (same columns, indexes and
 * unique keys; no foreign keys) by plain JDBC batches from one connection, a transaction per batch
 * of events as the server's POSTs carry them. Only the keys vary from copy to copy.
 */
final class RawEventRows {

  static final String SCHEMA = "bench_raw";

  /** A table Herald writes per event: how to find the sample event's rows, and what varies. */
  private record Table(String name, String sample, Map<String, IntFunction<Object>> varying) {}

  private static final IntFunction<Object> ID = i -> (long) i + 1;
  private static final IntFunction<Object> EVENT_ID = i -> "RAW-" + i;
  private static final IntFunction<Object> ENTITY = i -> "RAWPM" + i;
  private static final IntFunction<Object> COMMUNICATION = i -> "RC" + i;

  private static final String ENTITY_OF_EVENT =
      " JOIN business_event e ON x.%s = e.entity_type AND x.%s = e.entity_number WHERE e.id = ?";
  private static final String OF_COMMUNICATION =
      " JOIN communication c ON x.communication_id = c.id"
          + " JOIN event_outcome o ON c.number = o.communication_number WHERE o.event_id = ?";

  private static final List<Table> TABLES =
      List.of(
          new Table(
              "business_event",
              "SELECT x.* FROM business_event x WHERE x.id = ?",
              Map.of("id", ID, "event_id", EVENT_ID, "entity_number", ENTITY)),
          new Table(
              "referring_entity",
              "SELECT x.* FROM referring_entity x" + ENTITY_OF_EVENT.formatted("type", "number"),
              Map.of("id", ID, "number", ENTITY)),
          new Table(
              "entity_field_value",
              "SELECT x.* FROM entity_field_value x"
                  + ENTITY_OF_EVENT.formatted("entity_type", "entity_number"),
              Map.of("entity_number", ENTITY)),
          new Table(
              "event_outcome",
              "SELECT x.* FROM event_outcome x WHERE x.event_id = ?",
              Map.of("event_id", ID, "communication_number", COMMUNICATION)),
          new Table(
              "communication",
              "SELECT x.* FROM communication x"
                  + " JOIN event_outcome o ON x.number = o.communication_number"
                  + " WHERE o.event_id = ?",
              Map.of("id", ID, "number", COMMUNICATION)),
          new Table(
              "communication_entity",
              "SELECT x.* FROM communication_entity x" + OF_COMMUNICATION,
              Map.of("communication_id", ID, "entity_number", ENTITY)),
          new Table(
              "queue_entry",
              "SELECT x.* FROM queue_entry x" + OF_COMMUNICATION,
              Map.of("id", ID, "communication_id", ID, "communication_number", COMMUNICATION)));

  /** One table's sample rows: column names, and each row's values in their order. */
  private record Sample(Table table, List<String> columns, List<Object[]> rows) {
    String insert() {
      return "INSERT INTO "
          + SCHEMA
          + "."
          + table.name()
          + " ("
          + String.join(", ", columns)
          + ") VALUES ("
          + String.join(", ", columns.stream().map(c -> "?").toList())
          + ")";
    }
  }

  /** What the copy made and took. */
  record Run(int events, Map<String, Integer> rowsPerEvent, long nanos) {
    double perSecond() {
      return events / (nanos / 1e9);
    }
  }

  private RawEventRows() {}

  /**
   * Copies the rows of Herald's event {@code sampleEventId} (its row id) {@code n} times, {@code
   * batch} events to a transaction, into the emptied schema {@value #SCHEMA}.
   */
  static Run copy(Connection connection, long sampleEventId, int n, int batch) throws SQLException {
    List<Sample> samples = new ArrayList<>();
    Map<String, Integer> rowsPerEvent = new LinkedHashMap<>();
    for (Table table : TABLES) {
      Sample sample = sample(connection, table, sampleEventId);
      samples.add(sample);
      rowsPerEvent.put(table.name(), sample.rows().size());
    }
    emptyTables(connection);
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    List<PreparedStatement> inserts = new ArrayList<>();
    try {
      for (Sample sample : samples) {
        inserts.add(connection.prepareStatement(sample.insert()));
      }
      long start = System.nanoTime();
      for (int first = 0; first < n; first += batch) {
        int last = Math.min(n, first + batch);
        for (int s = 0; s < samples.size(); s++) {
          Sample sample = samples.get(s);
          PreparedStatement insert = inserts.get(s);
          for (int i = first; i < last; i++) {
            for (Object[] row : sample.rows()) {
              bind(insert, sample, row, i);
              insert.addBatch();
            }
          }
          insert.executeBatch();
        }
        connection.commit();
      }
      return new Run(n, rowsPerEvent, System.nanoTime() - start);
    } finally {
      for (PreparedStatement insert : inserts) {
        insert.close();
      }
      connection.setAutoCommit(autoCommit);
    }
  }

  /** Drops the copies (they are the benchmark's, not Herald's). */
  static void drop(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  private static void bind(PreparedStatement insert, Sample sample, Object[] row, int i)
      throws SQLException {
    for (int c = 0; c < row.length; c++) {
      IntFunction<Object> varying = sample.table().varying().get(sample.columns().get(c));
      insert.setObject(c + 1, varying == null ? row[c] : varying.apply(i));
    }
  }

  private static Sample sample(Connection connection, Table table, long eventId)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(table.sample())) {
      query.setLong(1, eventId);
      try (ResultSet rows = query.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          columns.add(meta.getColumnName(c));
        }
        List<Object[]> values = new ArrayList<>();
        while (rows.next()) {
          Object[] row = new Object[columns.size()];
          for (int c = 0; c < row.length; c++) {
            row[c] = rows.getObject(c + 1);
          }
          values.add(row);
        }
        if (values.isEmpty()) {
          throw new IllegalStateException(
              "Herald wrote no " + table.name() + " row for event " + eventId);
        }
        return new Sample(table, columns, values);
      }
    }
  }

  private static void emptyTables(Connection connection) throws SQLException {
    drop(connection);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + SCHEMA);
      for (Table table : TABLES) {
        // Columns, defaults, NOT NULL, primary and unique keys and indexes: all but foreign keys.
        statement.execute(
            "CREATE TABLE "
                + SCHEMA
                + "."
                + table.name()
                + " (LIKE public."
                + table.name()
                + " INCLUDING ALL)");
      }
    }
  }
}
