package org.herald.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures over time, counted by H2 in PostgreSQL mode (the embedded run's database;
 * the integration tests count on PostgreSQL) and cut into days of a zone with DST.
 */
class DashboardSqlTest {

  private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

  private Connection db;

  @BeforeEach
  void schema() throws SQLException {
    db =
        DriverManager.getConnection(
            "jdbc:h2:mem:dashboard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    try (Statement sql = db.createStatement()) {
      sql.execute("CREATE TABLE communication (id BIGINT PRIMARY KEY, template_code VARCHAR(40))");
      sql.execute(
          "CREATE TABLE queue_entry (communication_id BIGINT, communication_number VARCHAR(20),"
              + " medium VARCHAR(20), state VARCHAR(30), created_at TIMESTAMP WITH TIME ZONE)");
      sql.execute("CREATE TABLE email_view (communication_number VARCHAR(20))");
      sql.execute("CREATE TABLE link_click (communication_number VARCHAR(20))");
    }
  }

  @AfterEach
  void drop() throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute("DROP ALL OBJECTS");
    }
    db.close();
  }

  @Test
  void messagesCountOnTheDayOfTheZoneTheyWereQueuedIn() throws SQLException {
    // Athens is UTC+3 in summer: 21:10 UTC on 1 July is already 2 July there.
    entry(1, "WELCOME", "EMAIL", "COMPLETED", "2026-07-01T20:50:00Z");
    entry(2, "WELCOME", "EMAIL", "REJECTED", "2026-07-01T21:10:00Z");
    entry(3, "WELCOME", "EMAIL", "COMPLETED_AND_REMOVED", "2026-07-02T08:00:00Z");
    entry(4, null, "SMS", "PENDING", "2026-07-02T08:05:00Z");
    // Winter time (UTC+2) after the last Sunday of October: 22:10 UTC is the next day.
    entry(5, "WELCOME", "EMAIL", "COMPLETED", "2026-10-26T22:10:00Z");
    // Outside the period asked for.
    entry(6, "WELCOME", "EMAIL", "COMPLETED", "2026-06-30T20:59:59Z");
    try (Statement sql = db.createStatement()) {
      sql.execute("INSERT INTO email_view VALUES ('C3')");
      sql.execute("INSERT INTO email_view VALUES ('C3')");
      sql.execute("INSERT INTO link_click VALUES ('C3')");
    }

    List<DailyFigures> days =
        overTime(Instant.parse("2026-06-30T21:00:00Z"), Instant.parse("2026-10-31T22:00:00Z"));

    assertEquals(
        List.of(
            new DailyFigures(LocalDate.of(2026, 7, 1), "EMAIL", "WELCOME", 1, 1, 0, 0, 0),
            new DailyFigures(LocalDate.of(2026, 7, 2), "EMAIL", "WELCOME", 2, 1, 1, 1, 1),
            new DailyFigures(LocalDate.of(2026, 7, 2), "SMS", null, 1, 0, 0, 0, 0),
            new DailyFigures(LocalDate.of(2026, 10, 27), "EMAIL", "WELCOME", 1, 1, 0, 0, 0)),
        days);
  }

  private void entry(long id, String template, String medium, String state, String at)
      throws SQLException {
    try (PreparedStatement communication =
            db.prepareStatement("INSERT INTO communication VALUES (?, ?)");
        PreparedStatement entry =
            db.prepareStatement("INSERT INTO queue_entry VALUES (?, ?, ?, ?, ?)")) {
      communication.setLong(1, id);
      communication.setString(2, template);
      communication.executeUpdate();
      entry.setLong(1, id);
      entry.setString(2, "C" + id);
      entry.setString(3, medium);
      entry.setString(4, state);
      entry.setObject(5, OffsetDateTime.parse(at.replace("Z", "+00:00")));
      entry.executeUpdate();
    }
  }

  /** The statement as Dashboard runs it (JDBC numbers no parameters: ?1 and ?2 in order). */
  private List<DailyFigures> overTime(Instant from, Instant to) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement query =
        db.prepareStatement(Dashboard.OVER_TIME.replace("?1", "?").replace("?2", "?"))) {
      query.setObject(1, from.atOffset(ZoneOffset.UTC));
      query.setObject(2, to.atOffset(ZoneOffset.UTC));
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          Object[] row = new Object[8];
          for (int i = 0; i < row.length; i++) {
            row[i] = result.getObject(i + 1);
          }
          rows.add(row);
        }
      }
    }
    return Dashboard.byDay(rows, ATHENS);
  }
}
