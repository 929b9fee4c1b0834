package org.herald.bench.e2e;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.bench.SmtpSink;

/**
 * Business events through Herald on a real server, against raw JDBC in the same run: N {@code
 * payment.posted} events posted in batches ({@code POST /events/batch}), each matching the one
 * automation (a condition on the payment's amount, a segment by conditions on the contact's
 * accounts receivable, an email template), timed from the first POST until every communication is
 * queued (counted in SQL, dispatch held back at the broker); beside it, the rows Herald wrote per
 * event inserted N times by plain JDBC batches ({@link RawEventRows}). A round of N/4 first
 * (warm-up and the heap's baseline), then the round of N; the heap after each, after a full GC.
 * bench/e2e.sh {@code --phases events} runs it; see bench/README.md.
 */
final class EventsPhase {

  /** Looked up once, not through a ServiceLoader per request: the client shares the cores. */
  private static final JsonProvider JSON = JsonProvider.provider();

  static final String NAME = "events";

  /** Events per POST, and POSTs in flight. */
  static final int BATCH = 100;

  static final int IN_FLIGHT = 4;

  private static final double RATIO_TARGET = 0.25;
  private static final double HEAP_TARGET = 1.2;
  private static final int CONTACTS = 20;
  private static final String EVENTS_QUEUE = "HeraldEvents";
  private static final String CODE = "EV_BENCH_RECEIPT";
  private static final String SEGMENT = "EV_BENCH_OWING";

  private final Options options;
  private final HeraldApi api;
  private final ServerJvm server;
  private final Database database;
  private final Dispatch dispatch;
  private final SmtpSink smtp;
  private final PrintStream out;
  private final List<String> contacts = new ArrayList<>();
  private final List<String> accounts = new ArrayList<>();

  EventsPhase(
      Options options,
      HeraldApi api,
      ServerJvm server,
      Database database,
      Dispatch dispatch,
      SmtpSink smtp,
      PrintStream out) {
    this.options = options;
    this.api = api;
    this.server = server;
    this.database = database;
    this.dispatch = dispatch;
    this.smtp = smtp;
    this.out = out;
  }

  /** One round: its events through Herald, and what the server and database did for them. */
  private record Round(
      int n,
      long firstEventRowId,
      double eventsPerSecond,
      double postsPerSecond,
      double p99Millis,
      double serverMillisEach,
      double databaseMillisEach,
      Map<String, double[]> writesPerEvent,
      List<Map.Entry<String, Long>> statements,
      long statementSamples,
      long heapBytes) {}

  void run() throws Exception {
    int n = options.messages();
    int quarter = Math.max(BATCH, n / 4);
    String loadAtStart = uptime();
    out.printf(
        "Herald business events on Payara Server + PostgreSQL: %,d payment.posted events in"
            + " batches of %d (%d POSTs in flight), each matching one automation (condition +"
            + " segment + email template); first a round of %,d (warm-up, and the heap's"
            + " baseline)%n",
        n, BATCH, IN_FLIGHT, quarter);
    out.printf("Machine: %d cores, %s%n", Runtime.getRuntime().availableProcessors(), loadAtStart);
    setUp();
    try (Connection connection =
        DriverManager.getConnection(options.dbUrl(), options.dbUser(), options.dbPassword())) {
      out.println();
      out.printf("== Round of %,d (warm-up)%n", quarter);
      Round small = round(connection, 1, quarter, false);
      analyze(connection);
      out.println();
      out.printf("== Round of %,d%n", n);
      Round full = round(connection, 2, n, options.profile());
      out.printf("  raw JDBC: inserting the rows of %,d events …%n", n);
      RawEventRows.Run raw;
      try {
        raw = RawEventRows.copy(connection, full.firstEventRowId(), n, BATCH);
      } finally {
        RawEventRows.drop(connection);
      }
      report(small, full, raw, loadAtStart, uptime());
    }
  }

  /**
   * Statistics as a running server has them: autovacuum analyzes a table once a tenth of it has
   * changed, but looks only once a minute, and this benchmark fills its tables from empty in less.
   * Without it PostgreSQL plans the round's look-ups of many entities by number with the statistics
   * of tables that held a handful (a scan of every record of the type, per look-up).
   */
  private void analyze(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    }
    out.println("  tables analyzed (ANALYZE), as autovacuum keeps a running server's statistics");
  }

  /**
   * Contacts, each with an accounts receivable that owes (so in the segment), an email template for
   * payments, the segment and the automation: all over REST, as an integrator would.
   */
  private void setUp() throws Exception {
    for (int i = 0; i < CONTACTS; i++) {
      String contact =
          api.call(api.post("/contacts", EndToEndBenchmark.contact(i)), 201).getString("number");
      String account = "AR-EVB-" + i;
      api.call(
          api.put(
              "/entities/accounts_receivable/" + account,
              JSON.createObjectBuilder()
                  .add(
                      "values",
                      JSON.createObjectBuilder()
                          .add("name", "Bench Account " + i)
                          .add("contact", contact)
                          .add("balance", "25.00")
                          .add("outstanding_amount", "10.00"))
                  .build()),
          201);
      contacts.add(contact);
      accounts.add(account);
    }
    api.call(
        api.post(
            "/templates",
            JSON.createObjectBuilder()
                .add("code", CODE)
                .add("name", "Payment receipt (benchmark)")
                .add("medium", "EMAIL")
                .add("direction", "OUTGOING")
                .add("referringEntityTypes", JSON.createArrayBuilder().add("payment"))
                .add(
                    "contents",
                    JSON.createObjectBuilder()
                        .add(
                            "en",
                            JSON.createObjectBuilder()
                                .add("subject", "Payment #payment.number received")
                                .add(
                                    "body",
                                    "Dear #payment.accounts_receivable.name,\n\nWe received"
                                        + " your payment #payment.number of EUR #payment.amount."
                                        + " Your balance is now EUR"
                                        + " #payment.accounts_receivable.balance.\n\nCompany ZX")))
                .build()),
        201);
    api.call(
        api.post(
            "/segments",
            JSON.createObjectBuilder()
                .add("code", SEGMENT)
                .add("name", "Owing customers (benchmark)")
                .add(
                    "conditions",
                    JSON.createArrayBuilder()
                        .add(condition("accounts_receivable.outstanding_amount", "0")))
                .build()),
        201);
    api.call(
        api.post(
            "/automations",
            JSON.createObjectBuilder()
                .add("code", CODE)
                .add("name", "Payment receipt (benchmark)")
                .add("eventType", "payment.posted")
                .add("emailTemplate", CODE)
                .add("classification", "FINANCIAL")
                .add("sendTo", "PRIMARY")
                .add("segments", JSON.createArrayBuilder().add(SEGMENT))
                .add("conditions", JSON.createArrayBuilder().add(condition("payment.amount", "10")))
                .build()),
        201);
  }

  private static JsonObject condition(String path, String atLeast) {
    return JSON.createObjectBuilder()
        .add("path", path)
        .add("operator", "MORE_THAN")
        .add("value", atLeast)
        .build();
  }

  private Round round(Connection connection, int round, int n, boolean profile) throws Exception {
    // Dispatch held back (its queue paused at the broker), the events' own queue left running:
    // the round ends when every communication is queued, not sent.
    List<String> paused = new ArrayList<>(dispatch.pause());
    if (paused.remove(EVENTS_QUEUE)) {
      dispatch.resume(List.of(EVENTS_QUEUE));
    }
    long queuedBefore = database.entries("EMAIL", "PENDING");
    long sentBefore = smtp.messages();
    Map<String, long[]> writesBefore = writes(connection);
    long cpu = server.cpuNanos();
    Map<Long, Long> databaseCpu = database.backendCpu();
    if (profile) {
      server.startRecording(options.output().resolve(NAME + ".jfr"));
    }
    int batches = (n + BATCH - 1) / BATCH;
    InFlight.Run posts;
    long queued;
    long start;
    Database.Sampler sampler;
    try (Database.Sampler statements =
        database.sample(options.dbUrl(), options.dbUser(), options.dbPassword(), 20)) {
      sampler = statements;
      posts =
          InFlight.run(
              api,
              batches,
              IN_FLIGHT,
              b ->
                  patient(
                      api.post(
                          "/events/batch", batch(round, b * BATCH, Math.min(n, (b + 1) * BATCH)))),
              202);
      start = posts.startNanos();
      EndToEndBenchmark.awaitCount(
          () -> pending(), queuedBefore + n, "communications queued for events");
      queued = System.nanoTime();
    } finally {
      if (profile) {
        server.stopRecording();
      }
    }
    double serverMillis = (server.cpuNanos() - cpu) / 1e6 / n;
    double databaseMillis = database.backendCpuSince(databaseCpu) / 1e6 / n;
    double perSecond = n / ((queued - start) / 1e9);
    double p99 = posts.latency().getValueAtPercentile(99) / 1e3;
    out.printf(
        "  %,d events: every communication queued at %,.0f events/s (POSTs: %,.0f events/s, p99"
            + " %.0f ms a batch of %d); CPU per event: Payara %.2f ms, PostgreSQL %.2f ms%n",
        n, perSecond, n / posts.seconds(), p99, BATCH, serverMillis, databaseMillis);
    long firstEventRowId = checkExactlyOnce(connection, round, n);
    Map<String, double[]> writes = perEvent(writesBefore, writes(connection), n);
    // Then let dispatch send them, so the broker holds no message when the heap is measured.
    dispatch.resume(paused);
    EndToEndBenchmark.awaitCount(smtp::messages, sentBefore + n, "emails at the sink");
    long heap = server.heapAfterGc();
    out.printf("  all sent; heap after the round (after a full GC): %,.1f MB%n", heap / 1e6);
    return new Round(
        n,
        firstEventRowId,
        perSecond,
        n / posts.seconds(),
        p99,
        serverMillis,
        databaseMillis,
        writes,
        sampler.statements(),
        sampler.samples(),
        heap);
  }

  /**
   * The request with a timeout of minutes, not the client's minute: on a cold server sharing two
   * busy cores with its own event processing, a batch can take that long (and is then not lost).
   */
  private static HttpRequest patient(HttpRequest request) {
    return HttpRequest.newBuilder(request, (name, value) -> true)
        .timeout(Duration.ofMinutes(10))
        .build();
  }

  private long pending() {
    try {
      return database.entries("EMAIL", "PENDING");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Events {@code from} … {@code to - 1} of a round, each about a payment of its own. */
  private JsonObject batch(int round, int from, int to) {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    String now = Instant.now().toString();
    for (int i = from; i < to; i++) {
      int who = i % contacts.size();
      items.add(
          JSON.createObjectBuilder()
              .add("id", eventId(round, i))
              .add("type", "payment.posted")
              .add(
                  "entity",
                  JSON.createObjectBuilder()
                      .add("type", "payment")
                      .add("number", payment(round, i)))
              .add("contact", contacts.get(who))
              .add("occurredAt", now)
              .add(
                  "values",
                  JSON.createObjectBuilder()
                      .add("amount", "50.00")
                      .add("accounts_receivable", accounts.get(who))));
    }
    return JSON.createObjectBuilder().add("items", items).build();
  }

  private static String eventId(int round, int i) {
    return "EVB-" + round + "-" + i;
  }

  private static String payment(int round, int i) {
    return "PMB" + round + "-" + i;
  }

  /**
   * Every event of the round made exactly one communication (one SENT outcome each, no more);
   * answers the row id of its first event, whose rows the raw loop copies.
   */
  private long checkExactlyOnce(Connection connection, int round, int n) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT count(DISTINCT e.id), count(o.event_id), min(e.id) FROM business_event e"
                + " JOIN event_outcome o ON o.event_id = e.id AND o.outcome = 'SENT'"
                + " AND o.communication_number IS NOT NULL WHERE e.event_id LIKE ?")) {
      query.setString(1, "EVB-" + round + "-%");
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        if (rows.getLong(1) != n || rows.getLong(2) != n) {
          throw new IllegalStateException(
              n
                  + " events should have made "
                  + n
                  + " communications; "
                  + rows.getLong(1)
                  + " events made "
                  + rows.getLong(2));
        }
        try (PreparedStatement sample =
            connection.prepareStatement("SELECT id FROM business_event WHERE event_id = ?")) {
          sample.setString(1, eventId(round, 0));
          try (ResultSet first = sample.executeQuery()) {
            first.next();
            return first.getLong(1);
          }
        }
      }
    }
  }

  /**
   * Rows inserted and updated so far, by table (PostgreSQL's statistics, which a backend reports
   * when its transaction ends and at most every second: read after a pause of that long).
   */
  private static Map<String, long[]> writes(Connection connection) throws Exception {
    Thread.sleep(1_500);
    Map<String, long[]> writes = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_stat_clear_snapshot()");
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT relname, n_tup_ins, n_tup_upd FROM pg_stat_user_tables"
                  + " WHERE schemaname = 'public' ORDER BY relname")) {
        while (rows.next()) {
          writes.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3)});
        }
      }
    }
    return writes;
  }

  /** Rows inserted and updated per event, by table (those written at all). */
  private static Map<String, double[]> perEvent(
      Map<String, long[]> before, Map<String, long[]> after, int n) {
    Map<String, double[]> perEvent = new LinkedHashMap<>();
    after.forEach(
        (table, now) -> {
          long[] then = before.getOrDefault(table, new long[2]);
          double inserted = (double) (now[0] - then[0]) / n;
          double updated = (double) (now[1] - then[1]) / n;
          if (inserted >= 0.01 || updated >= 0.01) {
            perEvent.put(table, new double[] {inserted, updated});
          }
        });
    return perEvent;
  }

  private void report(
      Round small, Round full, RawEventRows.Run raw, String loadAtStart, String loadAtEnd)
      throws IOException {
    out.println();
    out.printf("Figures of the round of %,d (load at start: %s)%n", full.n(), loadAtStart);
    out.println();
    double ratio = full.eventsPerSecond() / raw.perSecond();
    out.printf(
        "f. Business events: POST /events/batch (%d a batch, %d in flight) until every"
            + " communication is queued: %,.0f events/s vs raw JDBC batch inserts of the same"
            + " rows %,.0f events/s = %.0f %% (target ≥ %.0f %%: %s)%n",
        BATCH,
        IN_FLIGHT,
        full.eventsPerSecond(),
        raw.perSecond(),
        100 * ratio,
        100 * RATIO_TARGET,
        met(ratio >= RATIO_TARGET));
    out.printf(
        "   POSTs alone: %,.0f events/s, p99 %.0f ms a batch; CPU per event: Payara %.2f ms,"
            + " PostgreSQL %.2f ms%n",
        full.postsPerSecond(),
        full.p99Millis(),
        full.serverMillisEach(),
        full.databaseMillisEach());
    out.printf("   raw rows per event (copied from Herald's): %s%n", raw.rowsPerEvent());
    out.print("   Herald's rows per event, inserted/updated (pg_stat_user_tables):");
    full.writesPerEvent()
        .forEach((table, rows) -> out.printf(" %s %.2f/%.2f;", table, rows[0], rows[1]));
    out.println();
    double heapRatio = (double) full.heapBytes() / small.heapBytes();
    out.printf(
        "   heap after a full GC: %,.1f MB after %,d events, %,.1f MB after %,d: %.2f× (target ≤"
            + " %.1f×: %s)%n",
        small.heapBytes() / 1e6,
        small.n(),
        full.heapBytes() / 1e6,
        full.n(),
        heapRatio,
        HEAP_TARGET,
        met(heapRatio <= HEAP_TARGET));
    out.printf(
        "Warm-up round of %,d: %,.0f events/s (POSTs %,.0f events/s)%n",
        small.n(), small.eventsPerSecond(), small.postsPerSecond());
    out.printf("Machine load at the end: %s%n", loadAtEnd);
    out.println();
    out.printf(
        "Database, events round: statements active in %,d samples of pg_stat_activity (every 20"
            + " ms):%n",
        full.statementSamples());
    full.statements().stream()
        .limit(8)
        .forEach(
            e ->
                out.printf(
                    "  %6.1f %%  %s%n",
                    100.0 * e.getValue() / Math.max(1, full.statementSamples()),
                    abbreviate(e.getKey())));
    if (options.profile()) {
      Path file = options.output().resolve(NAME + ".jfr");
      FlightRecording recording = FlightRecording.read(file);
      Path summary = options.output().resolve(NAME + ".txt");
      try (PrintStream text = new PrintStream(Files.newOutputStream(summary), true, "UTF-8")) {
        recording.print(text, 25);
      }
      out.printf("Profile %s: %,d CPU samples (summary: %s)%n", file, recording.samples(), summary);
    }
  }

  private static String abbreviate(String sql) {
    String flat = sql.replaceAll("\\s+", " ").strip();
    return flat.length() > 160 ? flat.substring(0, 160) + " …" : flat;
  }

  private static String met(boolean met) {
    return met ? "met" : "NOT met";
  }

  private static String uptime() throws IOException, InterruptedException {
    return Commands.run(List.of("uptime")).strip();
  }
}
