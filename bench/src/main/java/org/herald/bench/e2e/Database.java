package org.herald.bench.e2e;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Herald's PostgreSQL database, read beside the server: queue counts, the CPU time of the server's
 * sessions, and a sampler of the statements they are running (the database's side of a profile, and
 * where the claim's SQL text comes from for its plan).
 */
final class Database implements AutoCloseable {

  private final Connection connection;
  private final long ticksPerSecond;

  Database(String url, String user, String password, long ticksPerSecond) throws SQLException {
    this.connection = DriverManager.getConnection(url, user, password);
    this.ticksPerSecond = ticksPerSecond;
  }

  /** How many queue entries of {@code medium} are in {@code state}. */
  long entries(String medium, String state) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "SELECT count(*) FROM queue_entry WHERE medium = ? AND state = ?")) {
      statement.setString(1, medium);
      statement.setString(2, state);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** A queue entry as it stands: its communication's number, its state and error code. */
  record Entry(String communication, String state, String errorCode) {}

  /** Every queue entry of {@code medium}, as it stands now. */
  List<Entry> entries(String medium) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "SELECT communication_number, state, error_code FROM queue_entry WHERE medium = ?")) {
      statement.setString(1, medium);
      List<Entry> entries = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          entries.add(new Entry(rows.getString(1), rows.getString(2), rows.getString(3)));
        }
      }
      return entries;
    }
  }

  /**
   * CPU time of the database's backends serving Herald now, by process id (the server's pool keeps
   * its connections, so the same backends serve a whole phase).
   */
  Map<Long, Long> backendCpu() throws SQLException, IOException {
    Map<Long, Long> cpu = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT pid FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
      while (rows.next()) {
        long pid = rows.getLong(1);
        cpu.put(pid, ServerJvm.cpuNanos(pid, ticksPerSecond));
      }
    }
    return cpu;
  }

  /** CPU the backends used since {@code before}, in nanoseconds. */
  long backendCpuSince(Map<Long, Long> before) throws SQLException, IOException {
    long used = 0;
    for (Map.Entry<Long, Long> now : backendCpu().entrySet()) {
      used += now.getValue() - before.getOrDefault(now.getKey(), 0L);
    }
    return used;
  }

  /** Starts sampling the server's active statements every {@code periodMillis}. */
  Sampler sample(String url, String user, String password, long periodMillis) throws SQLException {
    return new Sampler(DriverManager.getConnection(url, user, password), periodMillis);
  }

  /**
   * The plan PostgreSQL chooses for {@code sql} (a statement with $n parameters, as the server sent
   * it) whatever the parameter values: prepared, with a generic plan forced, explained with
   * placeholder values of the parameters' types (EXPLAIN without ANALYZE runs nothing).
   */
  String genericPlan(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DEALLOCATE ALL");
      statement.execute("PREPARE bench_plan AS " + sql);
      List<String> values = new ArrayList<>();
      try (ResultSet types =
          statement.executeQuery(
              "SELECT unnest(parameter_types)::text FROM pg_prepared_statements"
                  + " WHERE name = 'bench_plan'")) {
        while (types.next()) {
          values.add(placeholder(types.getString(1)));
        }
      }
      statement.execute("SET plan_cache_mode = force_generic_plan");
      StringBuilder plan = new StringBuilder();
      String execute =
          values.isEmpty() ? "bench_plan" : "bench_plan(" + String.join(", ", values) + ")";
      try (ResultSet lines = statement.executeQuery("EXPLAIN EXECUTE " + execute)) {
        while (lines.next()) {
          plan.append(lines.getString(1)).append('\n');
        }
      }
      statement.execute("RESET plan_cache_mode");
      statement.execute("DEALLOCATE bench_plan");
      return plan.toString();
    }
  }

  private static String placeholder(String type) {
    return switch (type) {
      case "timestamp with time zone", "timestamp without time zone" -> "now()";
      case "bigint", "integer", "smallint", "numeric" -> "0";
      case "boolean" -> "false";
      default -> type.endsWith("[]") ? "'{}'" : "'-'";
    };
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  /**
   * Polls {@code pg_stat_activity} for the statements Herald's sessions are running: each sample
   * counts once per active session, by statement text and by what it was waiting for.
   */
  static final class Sampler implements AutoCloseable {
    private final Connection connection;
    private final Thread thread;
    private final Map<String, AtomicLong> byStatement = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> byWait = new ConcurrentHashMap<>();
    private final AtomicLong samples = new AtomicLong();
    private volatile boolean running = true;

    private Sampler(Connection connection, long periodMillis) {
      this.connection = connection;
      this.thread =
          new Thread(
              () -> {
                try (Statement statement = connection.createStatement()) {
                  while (running) {
                    poll(statement);
                    Thread.sleep(periodMillis);
                  }
                } catch (SQLException | InterruptedException e) {
                  // stopped
                }
              },
              "pg-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    private void poll(Statement statement) throws SQLException {
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT query, coalesce(wait_event_type || ':' || wait_event, 'CPU')"
                  + " FROM pg_stat_activity WHERE datname = current_database()"
                  + " AND state = 'active' AND pid <> pg_backend_pid()")) {
        samples.incrementAndGet();
        while (rows.next()) {
          byStatement.computeIfAbsent(rows.getString(1), k -> new AtomicLong()).incrementAndGet();
          byWait.computeIfAbsent(rows.getString(2), k -> new AtomicLong()).incrementAndGet();
        }
      }
    }

    /** The statements seen, most often active first. */
    List<Map.Entry<String, Long>> statements() {
      return sorted(byStatement);
    }

    List<Map.Entry<String, Long>> waits() {
      return sorted(byWait);
    }

    long samples() {
      return samples.get();
    }

    private static List<Map.Entry<String, Long>> sorted(Map<String, AtomicLong> counts) {
      return counts.entrySet().stream()
          .map(e -> Map.entry(e.getKey(), e.getValue().get()))
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .collect(Collectors.toList());
    }

    @Override
    public void close() throws SQLException {
      running = false;
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      connection.close();
    }
  }
}
