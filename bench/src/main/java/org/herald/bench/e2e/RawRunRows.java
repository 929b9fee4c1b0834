package org.herald.bench.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run benchmark's yardstick for creation: the rows a run made for one item (its communication
 * and every row that refers to it: queue entry, referring entity, …), copied column for column from
 * what Herald wrote, then inserted for items 0 … n-1 with plain JDBC batches, one transaction per
 * chunk as the run commits, into the same tables. Each copy gets its own id (above {@link #BASE}),
 * number, contact, recipient and item, and run id -1 (no such run), so it collides with nothing;
 * the content is the first item's, the same length. {@link #delete} removes them again.
 */
final class RawRunRows {

  /** Ids of the copies start here. */
  static final long BASE = 1_000_000_000_000L;

  /** A table's row for the first item, by column, and each column's SQL type. */
  private record Template(String table, Map<String, Object> values, Map<String, Integer> types) {}

  private final Connection connection;
  private final List<Template> templates = new ArrayList<>();

  /**
   * Reads the rows Herald made for communication {@code communicationId}: the communication, and
   * the row of every table with a {@code communication_id} column that has one.
   */
  RawRunRows(Connection connection, long communicationId) throws SQLException {
    this.connection = connection;
    templates.add(template("communication", "id", communicationId));
    List<String> referring = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet tables =
            statement.executeQuery(
                "SELECT table_name FROM information_schema.columns WHERE table_schema ="
                    + " current_schema() AND column_name = 'communication_id' ORDER BY"
                    + " table_name")) {
      while (tables.next()) {
        referring.add(tables.getString(1));
      }
    }
    for (String table : referring) {
      Template template = template(table, "communication_id", communicationId);
      if (template != null) {
        templates.add(template);
      }
    }
  }

  /** The tables a copy writes to. */
  List<String> tables() {
    return templates.stream().map(Template::table).toList();
  }

  private Template template(String table, String key, long id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT * FROM " + table + " WHERE " + key + " = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        ResultSetMetaData columns = row.getMetaData();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> types = new LinkedHashMap<>();
        for (int c = 1; c <= columns.getColumnCount(); c++) {
          values.put(columns.getColumnName(c), row.getObject(c));
          types.put(columns.getColumnName(c), columns.getColumnType(c));
        }
        if (row.next()) {
          throw new IllegalStateException(table + " has several rows for one communication");
        }
        return new Template(table, values, types);
      }
    }
  }

  /** Inserts copies for items 0 … n-1, {@code chunk} a transaction; answers rows per second. */
  double insert(int n, int chunk) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    List<PreparedStatement> inserts = new ArrayList<>();
    try {
      for (Template template : templates) {
        inserts.add(
            connection.prepareStatement(
                "INSERT INTO "
                    + template.table()
                    + " ("
                    + String.join(", ", template.values().keySet())
                    + ") VALUES ("
                    + String.join(", ", template.values().keySet().stream().map(c -> "?").toList())
                    + ")"));
      }
      long start = System.nanoTime();
      for (int from = 0; from < n; from += chunk) {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        for (int i = from; i < Math.min(n, from + chunk); i++) {
          for (int t = 0; t < templates.size(); t++) {
            bind(inserts.get(t), templates.get(t), i, now);
            inserts.get(t).addBatch();
          }
        }
        for (PreparedStatement insert : inserts) {
          insert.executeBatch();
        }
        connection.commit();
      }
      return n / ((System.nanoTime() - start) / 1e9);
    } finally {
      for (PreparedStatement insert : inserts) {
        insert.close();
      }
      connection.setAutoCommit(autoCommit);
    }
  }

  /** The template's values, those of copy {@code i} where a copy differs. */
  private static void bind(PreparedStatement insert, Template template, int i, Timestamp now)
      throws SQLException {
    int p = 1;
    for (Map.Entry<String, Object> column : template.values().entrySet()) {
      Object value =
          switch (column.getKey()) {
            case "id", "communication_id" -> BASE + i;
            case "number", "communication_number" -> "RW" + (BASE + i);
            case "contact_id" -> RunData.id(i);
            case "contact_number" -> RunData.contactNumber(i);
            case "recipient" -> RunData.email(i);
            case "entity_number" -> RunData.accountNumber(i);
            case "notification_run_id" -> -1L;
            case "notification_item_id" -> RunData.id(i);
            case "idempotency_key" -> null;
            case "created_at", "next_attempt_at", "completed_at" ->
                column.getValue() == null ? null : now;
            default -> column.getValue();
          };
      if (value == null) {
        insert.setNull(p, template.types().get(column.getKey()));
      } else {
        insert.setObject(p, value);
      }
      p++;
    }
  }

  /** Removes every copy. */
  void delete() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (int t = templates.size() - 1; t >= 0; t--) {
        String table = templates.get(t).table();
        statement.executeUpdate(
            "DELETE FROM "
                + table
                + " WHERE "
                + (table.equals("communication") ? "id" : "communication_id")
                + " >= "
                + BASE);
      }
    }
  }
}
