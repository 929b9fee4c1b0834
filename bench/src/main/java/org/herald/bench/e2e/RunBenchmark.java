package org.herald.bench.e2e;

import jakarta.json.spi.JsonProvider;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.herald.bench.RawLoops;
import org.herald.bench.SmtpSink;
import org.jsoup.Jsoup;

/**
 * The notification run benchmark (bench/runs.sh runs it against a server it started; see
 * bench/README.md, "Run benchmark"): issue 12's proof at scale. N accounts receivable with their
 * contacts written straight into the store ({@link RunData}); a {@code FINANCIAL} notification type
 * over them with an HTML email template, tracked (scope {@code NOTIFICATIONS}); dispatch paused at
 * the broker. Then:
 *
 * <ol>
 *   <li>a run over the first N/10 items (warm-up; the heap's baselines, at about 40 % with the run
 *       in flight and after it), and the same rows inserted by plain JDBC batches into the same
 *       tables ({@link RawRunRows}), then removed;
 *   <li>the other items written, and a run over all N, its server killed with SIGKILL once about 40
 *       % is made, the domain started again: the run is taken over and completes; counted in SQL: N
 *       communications, none twice per (run, item, contact, medium), each with its entry;
 *   <li>every email drained to the SMTP sink, beside raw pooled Jakarta Mail with as many
 *       connections.
 * </ol>
 */
public final class RunBenchmark {

  private static final JsonProvider JSON = JsonProvider.provider();

  /** Herald's SMTP pool (the default of herald.mail.smtp.pool-size), and the raw loop's. */
  private static final int POOL = 4;

  /** The run's chunk (the default of herald.notification.chunk-size), and the raw insert's. */
  private static final int CHUNK = 100;

  private static final String TYPE = "BENCH_AR_STATE";
  private static final String TEMPLATE = "BENCH_AR_EMAIL";

  /** What bench/runs.sh tells the benchmark. */
  record Settings(
      int recipients,
      double killAt,
      boolean profile,
      int httpPort,
      int smtpPort,
      int brokerPort,
      Path pidFile,
      Path restart,
      Path imqcmd,
      Path output,
      String apiKey,
      String dbUrl,
      String dbUser,
      String dbPassword) {

    static Settings parse(String[] args) {
      Map<String, String> values = Options.arguments(args, Set.of("profile"));
      return new Settings(
          Integer.parseInt(values.getOrDefault("recipients", "1000000")),
          Double.parseDouble(values.getOrDefault("kill-at", "0.4")),
          values.containsKey("profile"),
          Integer.parseInt(Options.required(values, "http-port")),
          Integer.parseInt(Options.required(values, "smtp-port")),
          Integer.parseInt(Options.required(values, "broker-port")),
          Path.of(Options.required(values, "pid-file")),
          Path.of(Options.required(values, "restart")),
          Path.of(Options.required(values, "imqcmd")),
          Path.of(values.getOrDefault("output", "bench/target/runs")),
          Options.required(values, "api-key"),
          Options.required(values, "db-url"),
          values.getOrDefault("db-user", "postgres"),
          values.getOrDefault("db-password", "postgres"));
    }
  }

  private final Settings settings;
  private final SmtpSink sink;
  private final Connection db;
  private final HeraldApi api;
  private final Dispatch dispatch;
  private final PrintStream out = System.out;

  private RunBenchmark(Settings settings, SmtpSink sink, Connection db) throws Exception {
    this.settings = settings;
    this.sink = sink;
    this.db = db;
    this.api = new HeraldApi(settings.httpPort(), settings.apiKey());
    this.dispatch = new Dispatch(settings.imqcmd(), settings.brokerPort());
  }

  public static void main(String[] args) {
    int status;
    try {
      Settings settings = Settings.parse(args);
      Files.createDirectories(settings.output());
      try (SmtpSink sink = new SmtpSink(settings.smtpPort());
          Connection db =
              DriverManager.getConnection(
                  settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
        status = new RunBenchmark(settings, sink, db).run() ? 0 : 1;
      }
    } catch (Exception | Error e) {
      e.printStackTrace();
      status = 2;
    }
    System.exit(status);
  }

  /** A run as the database has it. */
  private record RunRow(long id, String state, long candidates, long created, long failed) {}

  /** What a run's clock said: items made and seconds, from start to end as the client saw. */
  private record Timed(long created, double seconds) {
    double rate() {
      return created / seconds;
    }
  }

  private boolean run() throws Exception {
    int n = settings.recipients();
    int first = Math.max(1, n / 10);
    out.printf(
        "Notification run benchmark: %,d accounts receivable (runs of %,d, then %,d killed at"
            + " %.0f %%)%n",
        n, first, n, settings.killAt() * 100);
    out.printf("Machine: %d cores, %s%n", Runtime.getRuntime().availableProcessors(), uptime());
    long pid = serverPid();
    ServerJvm server = new ServerJvm(pid);

    long writing = System.nanoTime();
    RunData.write(db, 0, first);
    out.printf(
        "Wrote %,d accounts receivable, contacts and emails (COPY) in %.1f s%n",
        first, (System.nanoTime() - writing) / 1e9);
    setUp();
    List<String> paused = dispatch.pause();
    out.printf("Dispatch paused (%s)%n", String.join(", ", paused));

    // 1. The first tenth: warm-up, the heap's baseline, and the raw yardstick on the same items.
    Map<String, Long> insertsBefore = tupleInserts();
    String runA = startRun();
    long startA = System.nanoTime();
    // The heap with a run in flight, at the fraction where the full run is killed: the same
    // moment of a run as the heap taken before the kill, chunks and all (the full GC's pause, a
    // second or so, counts in this run's time).
    RunRow midA = awaitCreated(runA, Math.round(first * settings.killAt()));
    long heapMidA = server.heapAfterGc();
    RunRow doneA = awaitState(runA, "COMPLETED", Duration.ofMinutes(30));
    Timed timedA = new Timed(doneA.created(), (System.nanoTime() - startA) / 1e9);
    Map<String, Long> inserted = difference(tupleInserts(), insertsBefore);
    out.printf(
        "Run %s over %,d items: %s, %,d communications (+ queue entries) in %.1f s = %,.0f/s%n",
        runA, first, doneA.state(), doneA.created(), timedA.seconds(), timedA.rate());
    out.printf("  rows inserted per communication: %s%n", perItem(inserted, doneA.created()));
    long heapA = server.heapAfterGc();
    out.printf(
        "  server heap after a full GC: %,d MB at %,d made (run in flight), %,d MB after the run%n",
        heapMidA >> 20, midA.created(), heapA >> 20);

    RawRunRows raw = new RawRunRows(db, firstCommunication(doneA.id()));
    double rawRate = raw.insert(first, CHUNK);
    out.printf(
        "Raw JDBC batches (%s, %d a transaction): %,d in %.1f s = %,.0f/s%n",
        String.join(", ", raw.tables()), CHUNK, first, first / rawRate, rawRate);
    raw.delete();

    // 2. All N, killed at about killAt and started again.
    writing = System.nanoTime();
    RunData.write(db, first, n);
    out.printf(
        "Wrote the other %,d accounts receivable in %.1f s%n",
        n - first, (System.nanoTime() - writing) / 1e9);
    String runB = startRun();
    long startB = System.nanoTime();
    long killPoint = Math.round(n * settings.killAt());
    if (settings.profile()) {
      server.startRecording(settings.output().resolve("run.jfr"));
    }
    RunRow atKill = awaitCreated(runB, killPoint);
    long beforeKill = System.nanoTime();
    Timed timedB = new Timed(atKill.created(), (beforeKill - startB) / 1e9);
    if (settings.profile()) {
      server.stopRecording();
    }
    long heapBeforeKill = server.heapAfterGc();
    RunRow atKillNow = run(runB);
    ProcessHandle process =
        ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No server " + pid));
    Commands.run(List.of("kill", "-9", Long.toString(pid)));
    process.onExit().get(30, TimeUnit.SECONDS);
    long killed = System.nanoTime();
    RunRow committedAtKill = run(runB);
    out.printf(
        "Run %s over %,d items: %,d made in %.1f s = %,.0f/s; server heap after a full GC %,d MB;"
            + " killed (kill -9, pid %d) with %,d made%n",
        runB,
        n,
        timedB.created(),
        timedB.seconds(),
        timedB.rate(),
        heapBeforeKill >> 20,
        pid,
        committedAtKill.created());
    if (atKillNow.created() > committedAtKill.created()) {
      throw new IllegalStateException("the database lost committed chunks: " + atKillNow);
    }
    Commands.run(List.of(settings.restart().toString(), "--restart-domain"));
    long ready = System.nanoTime();
    long newPid = serverPid();
    server = new ServerJvm(newPid);
    // The broker forgets a pause when it stops: pause again; what went out meanwhile is counted.
    dispatch.pause();
    long sentBeforeDrain = sink.messages();
    out.printf(
        "Ready again %.1f s after the kill (pid %d), dispatch paused again (%,d emails had reached"
            + " the sink)%n",
        (ready - killed) / 1e9, newPid, sentBeforeDrain);
    RunRow doneB = awaitState(runB, "COMPLETED", Duration.ofHours(3));
    long completed = System.nanoTime();
    out.printf(
        "Run %s %s %.1f s after the restart: %,d candidates, %,d created, %,d failed; after the"
            + " restart %,.0f/s%n",
        runB,
        doneB.state(),
        (completed - ready) / 1e9,
        doneB.candidates(),
        doneB.created(),
        doneB.failed(),
        (doneB.created() - committedAtKill.created()) / ((completed - ready) / 1e9));
    long heapB = server.heapAfterGc();
    out.printf(
        "  server heap after a full GC: %,d MB (restarted JVM, %,d items since)%n",
        heapB >> 20, n - committedAtKill.created());
    boolean exact = check(doneB, n);

    // 3. Every email of both runs drained to the sink.
    out.println();
    long pending = pendingEmails();
    long before = sink.messages();
    dispatch.resume(paused);
    long firstAt = EndToEndBenchmark.awaitCount(sink::messages, before + pending, "emails");
    long lastAt = sink.lastMessageNanos();
    double drainRate = (pending - 1) / ((lastAt - firstAt) / 1e9);
    long left = pendingEmails();
    int rawCount = (int) Math.min(pending, 200_000);
    RawLoops.Letter letter = sentLetter();
    double rawMail = RawLoops.rate(rawCount, POOL, RawLoops.email(sink.port(), POOL, letter));
    double rawPlain = RawLoops.rate(rawCount, POOL, RawLoops.email(sink.port(), POOL));
    out.printf(
        "Drain: %,d emails pending, Herald %,.0f/s (first to last at the sink); %,d still"
            + " pending%n",
        pending, drainRate, left);
    out.printf(
        "  vs raw pooled Jakarta Mail, %d connections, %,d messages of the same form (subject,"
            + " multipart/alternative of %,d + %,d characters, List-Unsubscribe: %s) %,.0f/s"
            + " = %.0f %% (target ≥ 80 %%: %s)%n",
        POOL,
        rawCount,
        letter.text().length(),
        letter.html() == null ? 0 : letter.html().length(),
        letter.listUnsubscribe() != null,
        rawMail,
        100 * drainRate / rawMail,
        drainRate >= 0.8 * rawMail ? "met" : "NOT met");
    out.printf(
        "  vs the same loop sending the plain-text payment receipt (sessions 8–11's yardstick)"
            + " %,.0f/s = %.0f %%%n",
        rawPlain, 100 * drainRate / rawPlain);
    out.println();
    out.println("Summary");
    out.printf(
        "  creation, run of %,d: %,.0f/s vs raw JDBC %,.0f/s = %.0f %% (target ≥ 50 %%: %s)%n",
        first,
        timedA.rate(),
        rawRate,
        100 * timedA.rate() / rawRate,
        timedA.rate() >= 0.5 * rawRate ? "met" : "NOT met");
    out.printf(
        "  creation, run of %,d to the kill: %,.0f/s = %.0f %% of raw%n",
        n, timedB.rate(), 100 * timedB.rate() / rawRate);
    out.printf(
        "  heap with a run in flight (same JVM): %,d MB at %,d of %,d; %,d MB at %,d of %,d"
            + " = %.2f× (target ≤ 1.2×: %s)%n",
        heapMidA >> 20,
        midA.created(),
        first,
        heapBeforeKill >> 20,
        atKill.created(),
        n,
        (double) heapBeforeKill / heapMidA,
        heapBeforeKill <= 1.2 * heapMidA ? "met" : "NOT met");
    out.printf(
        "  heap after the run: %,d MB after %,d; %,d MB after %,d (the restarted JVM) = %.2f×"
            + " (target ≤ 1.2×: %s)%n",
        heapA >> 20,
        first,
        heapB >> 20,
        n,
        (double) heapB / heapA,
        heapB <= 1.2 * heapA ? "met" : "NOT met");
    out.printf("  kill -9 at %,d of %,d and restart: %s%n", committedAtKill.created(), n, exact);
    out.printf("Machine at the end: %s%n", uptime());
    return exact;
  }

  /** The tracking settings, the template and the type, over REST. */
  private void setUp() throws Exception {
    api.call(
        api.put(
            "/settings/tracking",
            JSON.createObjectBuilder().add("enabled", true).add("scope", "NOTIFICATIONS").build()),
        200);
    api.call(
        api.post(
            "/templates",
            JSON.createObjectBuilder()
                .add("code", TEMPLATE)
                .add("name", "Account state (benchmark)")
                .add("medium", "EMAIL")
                .add("direction", "OUTGOING")
                .add("effective", true)
                .add("defaultLanguage", "en")
                .add("notificationItem", "accounts_receivable")
                .add(
                    "contents",
                    JSON.createObjectBuilder()
                        .add(
                            "en",
                            JSON.createObjectBuilder()
                                .add(
                                    "subject",
                                    "Your account #notification.accounts_receivable.number")
                                .add(
                                    "body",
                                    "<p>Dear #notification.accounts_receivable.name,</p><p>your"
                                        + " account #notification.accounts_receivable.number has"
                                        + " an outstanding amount of"
                                        + " #notification.accounts_receivable.outstanding_amount"
                                        + " (balance"
                                        + " #notification.accounts_receivable.balance).</p><p><a"
                                        + " href=\"https://www.company-zx.com/pay\">Pay"
                                        + " online</a></p>")))
                .build()),
        201);
    api.call(
        api.post(
            "/notification-types",
            JSON.createObjectBuilder()
                .add("code", TYPE)
                .add("name", "Account state (benchmark)")
                .add("classification", "FINANCIAL")
                .add("topic", "ACCOUNTS_RECEIVABLE_STATE")
                .add("templates", JSON.createArrayBuilder().add(TEMPLATE))
                .add("expiresAfter", "P3D")
                .build()),
        201);
    out.printf(
        "Made over REST: tracking on (scope NOTIFICATIONS), HTML email template %s with a web link,"
            + " FINANCIAL notification type %s without data protection%n",
        TEMPLATE, TYPE);
  }

  private String startRun() throws Exception {
    return api.call(
            api.post(
                "/notification-runs",
                JSON.createObjectBuilder().add("notificationType", TYPE).build()),
            201)
        .getString("number");
  }

  private RunRow run(String number) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT id, state, candidates, created, failed FROM notification_run WHERE number = ?")) {
      select.setString(1, number);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return new RunRow(
            row.getLong(1), row.getString(2), row.getLong(3), row.getLong(4), row.getLong(5));
      }
    }
  }

  /** Polls the run until it is in {@code state}; any other end is an exception. */
  private RunRow awaitState(String number, String state, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      RunRow run = run(number);
      if (run.state().equals(state)) {
        return run;
      }
      if (Set.of("FAILED", "CANCELLED", "COMPLETED").contains(run.state())) {
        throw new IllegalStateException("run " + number + " ended " + run);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("run " + number + " not " + state + ": " + run);
      }
      Thread.sleep(20);
    }
  }

  /** Polls the run until it has made {@code created} communications. */
  private RunRow awaitCreated(String number, long created) throws Exception {
    while (true) {
      RunRow run = run(number);
      if (run.created() >= created) {
        return run;
      }
      if (!run.state().equals("RUNNING")) {
        throw new IllegalStateException("run " + number + " stopped early: " + run);
      }
      Thread.sleep(20);
    }
  }

  private long firstCommunication(long runId) throws SQLException {
    return single("SELECT min(id) FROM communication WHERE notification_run_id = " + runId);
  }

  /** Counts of the run in SQL: N communications, none twice, each with its queue entry. */
  private boolean check(RunRow run, int n) throws SQLException {
    long total =
        single("SELECT count(*) FROM communication WHERE notification_run_id = " + run.id());
    long duplicates =
        single(
            "SELECT count(*) - count(DISTINCT (notification_item_id, contact_id, medium)) FROM"
                + " communication WHERE notification_run_id = "
                + run.id());
    long items =
        single(
            "SELECT count(DISTINCT notification_item_id) FROM communication WHERE"
                + " notification_run_id = "
                + run.id());
    long entries =
        single(
            "SELECT count(*) FROM queue_entry q JOIN communication c ON c.id = q.communication_id"
                + " WHERE c.notification_run_id = "
                + run.id());
    long optedOut =
        single(
            "SELECT count(*) FROM communication c JOIN contact k ON k.id = c.contact_id WHERE"
                + " c.notification_run_id = "
                + run.id()
                + " AND NOT k.opt_in_direct_marketing");
    boolean exact =
        total == n && duplicates == 0 && items == n && entries == n && run.created() == n;
    out.printf(
        "  SQL: %,d communications (expected %,d), %,d duplicates by (run, item, contact, medium),"
            + " %,d items, %,d queue entries; %,d to contacts not opted in to marketing (FINANCIAL"
            + " goes to them): %s%n",
        total, n, duplicates, items, entries, optedOut, exact ? "exact" : "NOT exact");
    return exact;
  }

  /**
   * What the run's emails are, for the raw loop to send the same: the subject, HTML content (as
   * tracked) and List-Unsubscribe of one of its queue entries, with a plain alternative made once.
   */
  private RawLoops.Letter sentLetter() throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT subject, content, list_unsubscribe FROM queue_entry"
                    + " WHERE medium = 'EMAIL' ORDER BY id LIMIT 1")) {
      row.next();
      String html = row.getString("content");
      return new RawLoops.Letter(
          row.getString("subject"),
          Jsoup.parse(html).wholeText(),
          html,
          row.getString("list_unsubscribe"));
    }
  }

  private long pendingEmails() throws SQLException {
    return single("SELECT count(*) FROM queue_entry WHERE medium = 'EMAIL' AND state = 'PENDING'");
  }

  private long single(String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Rows inserted so far, by table (PostgreSQL's statistics, which lag by up to a second). */
  private Map<String, Long> tupleInserts() throws Exception {
    // The statistics collector reports a backend's counts when its transaction ends, at most
    // every PGSTAT_MIN_INTERVAL: let the last chunk's reach it.
    Thread.sleep(1_500);
    Map<String, Long> inserts = new TreeMap<>();
    try (Statement statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT relname, n_tup_ins FROM pg_stat_user_tables")) {
      while (rows.next()) {
        inserts.put(rows.getString(1), rows.getLong(2));
      }
    }
    return inserts;
  }

  private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
    Map<String, Long> grown = new TreeMap<>();
    after.forEach(
        (table, count) -> {
          long delta = count - before.getOrDefault(table, 0L);
          if (delta > 0) {
            grown.put(table, delta);
          }
        });
    return grown;
  }

  private static String perItem(Map<String, Long> inserted, long items) {
    StringBuilder text = new StringBuilder();
    inserted.forEach(
        (table, rows) ->
            text.append(text.length() == 0 ? "" : ", ")
                .append(table)
                .append(' ')
                .append(String.format("%.2f", (double) rows / Math.max(1, items))));
    return text.toString();
  }

  private long serverPid() throws Exception {
    return Long.parseLong(Files.readString(settings.pidFile()).strip());
  }

  private static String uptime() throws Exception {
    return Commands.run(List.of("uptime")).strip();
  }
}
