package org.herald.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RowColumnsTest {

  record Row(long id, String name, Integer count, Boolean flag, Instant at) {}

  private static final RowColumns<Row> COLUMNS =
      RowColumns.<Row>of()
          .bigint("id", Row::id)
          .text("name", Row::name)
          .integer("count", Row::count)
          .bool("flag", Row::flag)
          .time("at", Row::at);

  @Test
  void theStatementsFormsNameTheColumnsInOrder() {
    assertEquals("id, name, count, flag, at", COLUMNS.names());
    assertEquals("?, ?, ?, ?, ?", COLUMNS.placeholders());
    assertEquals("id = ?, name = ?, count = ?, flag = ?, at = ?", COLUMNS.assignments());
    assertEquals(
        "unnest(?::bigint[], ?::varchar[], ?::integer[], ?::boolean[], ?::timestamptz[])"
            + " AS v(id, name, count, flag, at)",
        COLUMNS.unnest("v"));
    assertEquals(
        "id, name, at",
        RowColumns.<Row>of()
            .bigint("id", Row::id)
            .and(RowColumns.<Row>of().text("name", Row::name).time("at", Row::at))
            .names());
  }

  @Test
  void aRowIsBoundColumnByColumnNullsIncluded() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:row_columns");
        Statement ddl = db.createStatement()) {
      ddl.execute(
          "CREATE TABLE t (id BIGINT, name VARCHAR(20), count INTEGER, flag BOOLEAN,"
              + " at TIMESTAMP WITH TIME ZONE)");
      Instant at = Instant.parse("2026-12-03T10:00:00.123456Z");
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO t (" + COLUMNS.names() + ") VALUES (" + COLUMNS.placeholders() + ")")) {
        assertEquals(6, COLUMNS.bind(insert, 1, new Row(1, "one", 1, true, at)));
        insert.executeUpdate();
        COLUMNS.bind(insert, 1, new Row(2, null, null, null, null));
        insert.executeUpdate();
      }
      try (ResultSet rows = ddl.executeQuery("SELECT * FROM t ORDER BY id")) {
        rows.next();
        assertEquals("one", rows.getString("name"));
        assertEquals(1, rows.getInt("count"));
        assertEquals(true, rows.getBoolean("flag"));
        assertEquals(at, InstantConverter.fromNative(rows.getObject("at")));
        rows.next();
        assertEquals(null, rows.getString("name"));
        assertEquals(null, rows.getObject("count"));
        assertEquals(null, rows.getObject("flag"));
        assertEquals(null, rows.getObject("at"));
      }
    }
  }
}
