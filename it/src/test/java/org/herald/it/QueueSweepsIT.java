package org.herald.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.herald.api.QueueState;
import org.herald.it.support.Database;
import org.herald.queue.QueueRepository;
import org.herald.queue.QueueSweepCases;
import org.herald.queue.QueueSweepCases.Case;
import org.herald.queue.QueueSweepCases.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The sweeps', the claim's and the settlement's very SQL text ({@link QueueRepository#EXPIRE},
 * {@link QueueRepository#DUE}, {@link QueueRepository#SETTLE} and the others) run on PostgreSQL
 * against the cases the queue entry's own rules are unit-tested with ({@link QueueSweepCases}):
 * each sweep takes exactly the rows the entry says it should, and leaves them as the entry would.
 * The rows live in a schema of the test's own, a copy of the deployed queue_entry table (so the
 * server's own sweeps, running meanwhile, never see them), and each sweep's changes are rolled back
 * before the next.
 */
class QueueSweepsIT {

  /** PostgreSQL keeps microseconds: a millisecond clock keeps the cases' boundaries exact. */
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  private static final String SCHEMA = "sweep_cases_" + ProcessHandle.current().pid();

  @Test
  void eachSweepTakesTheEntriesTheEntrysRulesSayAndLeavesThemAsTheEntryWould() throws SQLException {
    try (Connection db = Database.connect()) {
      try {
        createCases(db);
        db.setAutoCommit(false);
        List<Executable> checks = new ArrayList<>();
        for (Sweep sweep : Sweep.values()) {
          Map<String, Row> taken = run(db, sweep);
          db.rollback();
          checks.add(
              () -> assertEquals(expected(sweep), new TreeSet<>(taken.keySet()), sweep.name()));
          if (sweep.stateAfter != null) {
            taken.forEach(
                (name, row) ->
                    checks.add(
                        () ->
                            assertEquals(
                                new Row(sweep.stateAfter.name(), sweep.errorCodeAfter),
                                row,
                                sweep + " leaves " + name)));
          }
        }
        assertAll(checks);
      } finally {
        db.rollback();
        db.setAutoCommit(true);
        try (Statement drop = db.createStatement()) {
          drop.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
      }
    }
  }

  /**
   * A settlement's write-back ({@link QueueRepository#SETTLE}) changes an entry only while the
   * claim that sent it still holds it: not one another node holds, nor one claimed again since, nor
   * one a sweep decided meanwhile; its update counts say which it wrote.
   */
  @Test
  void aSettlementWritesOnlyTheEntriesItsClaimStillHolds() throws SQLException {
    try (Connection db = Database.connect()) {
      createTable(db);
      try (Statement ddl = db.createStatement()) {
        // id, state, holder, claim number: held; held by another node; claimed again since;
        // rejected by a sweep while it was being sent.
        ddl.execute(
            "INSERT INTO queue_entry (id, communication_id, communication_number, contact_number,"
                + " pulled, medium, content, state, attempts, parts, expires_at, next_attempt_at,"
                + " created_at, claimed_by, claimed_at, claims) VALUES"
                + " (1, 1, 'CM900001', 'CT000001', FALSE, 'EMAIL', 'x', 'PENDING', 0, 0,"
                + "  now() + interval '1 day', now(), now(), 'node-a', now(), 2),"
                + " (2, 2, 'CM900002', 'CT000001', FALSE, 'EMAIL', 'x', 'PENDING', 0, 0,"
                + "  now() + interval '1 day', now(), now(), 'node-b', now(), 2),"
                + " (3, 3, 'CM900003', 'CT000001', FALSE, 'EMAIL', 'x', 'PENDING', 0, 0,"
                + "  now() + interval '1 day', now(), now(), 'node-a', now(), 3),"
                + " (4, 4, 'CM900004', 'CT000001', FALSE, 'EMAIL', 'x', 'REJECTED', 0, 0,"
                + "  now() + interval '1 day', now(), now(), NULL, NULL, 2)");
      }
      int[] counts;
      try (PreparedStatement settle = db.prepareStatement(QueueRepository.SETTLE)) {
        for (long id = 1; id <= 4; id++) {
          settle.setString(1, "COMPLETED"); // as a delivered email's settlement leaves it
          settle.setInt(2, 1);
          settle.setString(3, null);
          time(settle, 4, null);
          settle.setBoolean(5, false);
          settle.setString(6, null);
          settle.setString(7, null);
          time(settle, 8, NOW);
          settle.setString(9, null);
          settle.setInt(10, 0);
          time(settle, 11, null);
          time(settle, 12, NOW);
          settle.setInt(13, 2);
          settle.setLong(14, id);
          settle.setString(15, "node-a"); // held by node-a's claim number 2
          settle.setInt(16, 2);
          settle.addBatch();
        }
        counts = settle.executeBatch();
      }
      List<String> states = new ArrayList<>();
      try (Statement select = db.createStatement();
          ResultSet rows = select.executeQuery("SELECT state FROM queue_entry ORDER BY id")) {
        while (rows.next()) {
          states.add(rows.getString(1));
        }
      }
      assertEquals(List.of(1, 0, 0, 0), Arrays.stream(counts).boxed().toList());
      assertEquals(List.of("COMPLETED", "PENDING", "PENDING", "REJECTED"), states);
    } finally {
      try (Connection db = Database.connect();
          Statement drop = db.createStatement()) {
        drop.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      }
    }
  }

  /** The state and error code a sweep left a row in. */
  private record Row(String state, String errorCode) {}

  private static TreeSet<String> expected(Sweep sweep) {
    TreeSet<String> names = new TreeSet<>();
    QueueSweepCases.ALL.stream()
        .filter(c -> c.sweeps().contains(sweep))
        .forEach(c -> names.add(c.name()));
    return names;
  }

  /** The rows the sweep took, by case name, as it left them. */
  private static Map<String, Row> run(Connection db, Sweep sweep) throws SQLException {
    Map<String, Row> taken = new TreeMap<>();
    if (sweep == Sweep.STRANDED || sweep == Sweep.DUE) {
      try (PreparedStatement select = bind(db, sql(sweep), sweep);
          ResultSet ids = select.executeQuery()) {
        while (ids.next()) {
          taken.put(QueueSweepCases.ALL.get(ids.getInt(1) - 1).name(), null);
        }
      }
      return taken;
    }
    try (PreparedStatement update = bind(db, sql(sweep), sweep)) {
      update.executeUpdate();
    }
    try (Statement select = db.createStatement();
        ResultSet rows = select.executeQuery("SELECT id, state, error_code FROM queue_entry")) {
      while (rows.next()) {
        Case c = QueueSweepCases.ALL.get(rows.getInt(1) - 1);
        if (!c.state().name().equals(rows.getString(2))) {
          taken.put(c.name(), new Row(rows.getString(2), rows.getString(3)));
        }
      }
    }
    return taken;
  }

  private static String sql(Sweep sweep) {
    return switch (sweep) {
      case EXPIRE -> QueueRepository.EXPIRE;
      case RECEIPT_TIMEOUT -> QueueRepository.RECEIPT_TIMEOUT;
      case ABANDON_CLAIMS -> QueueRepository.ABANDON_CLAIMS;
      case STRANDED -> QueueRepository.STRANDED;
      case DUE -> QueueRepository.DUE;
    };
  }

  /** Binds (now, cutoff), as QueueRepository does. */
  private static PreparedStatement bind(Connection db, String sql, Sweep sweep)
      throws SQLException {
    PreparedStatement statement = db.prepareStatement(sql);
    time(statement, 1, NOW);
    if (sweep == Sweep.DUE) {
      statement.setInt(2, QueueSweepCases.ALL.size()); // (now, how many): as many as there are
    } else {
      time(statement, 2, sweep.cutoff(NOW));
    }
    return statement;
  }

  /** The test's own copy of the deployed queue_entry table, the connection's search path. */
  private static void createTable(Connection db) throws SQLException {
    try (Statement ddl = db.createStatement()) {
      ddl.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      ddl.execute("CREATE SCHEMA " + SCHEMA);
      // Columns, defaults, constraints and indexes of the deployed table; no foreign keys.
      ddl.execute(
          "CREATE TABLE " + SCHEMA + ".queue_entry (LIKE public.queue_entry INCLUDING ALL)");
      ddl.execute("SET search_path TO " + SCHEMA);
    }
  }

  private static void createCases(Connection db) throws SQLException {
    createTable(db);
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO queue_entry (id, communication_id, communication_number, contact_number,"
                + " pulled, medium, content, state, attempts, parts, expires_at, next_attempt_at,"
                + " created_at, completed_at, claimed_by, claimed_at, awaiting_receipt_since)"
                + " VALUES (?, ?, ?, 'CT000001', ?, 'EMAIL', 'case', ?, 0, 0, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < QueueSweepCases.ALL.size(); i++) {
        Case c = QueueSweepCases.ALL.get(i);
        insert.setLong(1, i + 1);
        insert.setLong(2, i + 1);
        insert.setString(3, String.format("CM9%05d", i + 1));
        insert.setBoolean(4, c.pulled());
        insert.setString(5, c.state().name());
        time(insert, 6, c.expiresAt(NOW));
        time(insert, 7, c.nextAttemptAt(NOW));
        time(insert, 8, NOW.minus(Duration.ofDays(40)));
        time(insert, 9, c.state() == QueueState.PENDING ? null : NOW.minusSeconds(60));
        insert.setString(10, c.claimedAgo() == null ? null : "some-node");
        time(insert, 11, c.claimedAt(NOW));
        time(insert, 12, c.acceptedAt(NOW));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** As the server binds times: UTC offset date-times (null as a typed null). */
  private static void time(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    statement.setObject(
        index,
        instant == null ? null : instant.atOffset(ZoneOffset.UTC),
        Types.TIMESTAMP_WITH_TIMEZONE);
  }
}
