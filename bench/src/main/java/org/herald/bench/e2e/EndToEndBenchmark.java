package org.herald.bench.e2e;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.herald.bench.RawLoops;
import org.herald.bench.Samples;
import org.herald.bench.SmscSink;
import org.herald.bench.SmtpSink;

/**
 * Herald on a real server, measured from outside as its users meet it, each figure beside a
 * yardstick from the same run: (a) queued emails drained to an SMTP sink, against a raw pooled
 * Jakarta Mail loop with as many connections; (b) queued SMS drained to an SMSC, against raw
 * windowed jsmpp with the same window; (c) {@code POST /communications} with a fixed number in
 * flight; (d) an external system emptying its queue with pulls and completes; (e) the server's heap
 * after a small round and after the full one. bench/e2e.sh starts the server and runs this; see
 * bench/README.md.
 */
public final class EndToEndBenchmark {

  /** Looked up once, not through a ServiceLoader per request: the client shares the cores. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final double DRAIN_TARGET = 0.8;
  private static final double CREATES_TARGET = 1_000;
  private static final String CEILING_PATH = "/tags?prefix=payment.amount&size=1";
  private static final double CALL_P99_TARGET_MS = 50;
  private static final double EXTERNAL_TARGET = 10_000;
  private static final double SINGLE_PUT_TARGET = 1_000;
  private static final double HEAP_TARGET = 1.2;
  private static final int CONTACTS = 20;
  private static final int PAGE = 200;
  private static final String SYSTEM = "BENCH";
  private static final long NO_PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(120);

  private final Options options;
  private final HeraldApi api;
  private final ServerJvm server;
  private final Database database;
  private final Dispatch dispatch;
  private final SmtpSink smtp;
  private final SmscSink smsc;
  private final PrintStream out = System.out;
  private final List<String> contacts = new ArrayList<>();
  private HeraldApi system;

  private EndToEndBenchmark(Options options, SmtpSink smtp, SmscSink smsc) throws Exception {
    this.options = options;
    this.smtp = smtp;
    this.smsc = smsc;
    this.api = new HeraldApi(options.httpPort(), options.apiKey());
    this.server = new ServerJvm(options.serverPid());
    this.database =
        new Database(
            options.dbUrl(), options.dbUser(), options.dbPassword(), server.ticksPerSecond());
    this.dispatch = new Dispatch(options.imqcmd(), options.brokerPort());
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Files.createDirectories(options.output());
    try (SmtpSink smtp = new SmtpSink(options.smtpPort());
        SmscSink smsc = new SmscSink(options.smppPort(), true)) {
      EndToEndBenchmark benchmark = new EndToEndBenchmark(options, smtp, smsc);
      try {
        if (options.phases().stream().anyMatch(Options.PHASES::contains)) {
          benchmark.run();
        }
        if (options.phases().contains(EventsPhase.NAME)) {
          new EventsPhase(
                  options,
                  benchmark.api,
                  benchmark.server,
                  benchmark.database,
                  benchmark.dispatch,
                  smtp,
                  System.out)
              .run();
        }
      } finally {
        benchmark.database.close();
      }
    } catch (Exception | Error e) {
      e.printStackTrace();
      System.exit(1);
    }
    // The server's SMPP bind keeps the sink's session threads alive.
    System.exit(0);
  }

  /** Prints where the time went in a flight recording, e.g. one an earlier run kept. */
  public static void summarize(Path recording) throws IOException {
    FlightRecording.read(recording).print(System.out, 25);
  }

  /** Figures of one round of every phase. */
  private record Round(
      int n,
      Creates ceiling,
      Drain email,
      Drain sms,
      External external,
      long heapBytes,
      Map<String, long[]> classes) {}

  private void run() throws Exception {
    int n = options.messages();
    int warmUp = Math.max(100, n / 10);
    out.printf(
        "Herald end to end on Payara Server + PostgreSQL: %,d messages a phase, %d requests in"
            + " flight; first a round of %,d (warm-up, and the heap's baseline)%n",
        n, options.inFlight(), warmUp);
    String loadAtStart = uptime();
    out.printf("Machine: %d cores, %s%n", Runtime.getRuntime().availableProcessors(), loadAtStart);
    setUp();
    out.println();
    out.printf("== Round of %,d (warm-up)%n", warmUp);
    Round small = round(warmUp, false);
    out.println();
    out.printf("== Round of %,d%n", n);
    Round full = round(n, options.profile());
    String loadAtEnd = uptime();
    out.println();
    report(small, full, loadAtStart, loadAtEnd);
  }

  private void setUp() throws Exception {
    for (int i = 0; i < CONTACTS; i++) {
      contacts.add(api.call(api.post("/contacts", contact(i)), 201).getString("number"));
    }
    JsonObject registered =
        api.call(
            api.post(
                "/external-systems",
                JSON.createObjectBuilder()
                    .add("code", SYSTEM)
                    .add("name", "Benchmark portal")
                    .add("supportedMedia", JSON.createArrayBuilder().add("PUSH"))
                    .build()),
            201);
    system = api.as(registered.getString("apiKey"));
  }

  /** The benchmark's contact number {@code i}, with an email address and a mobile phone. */
  static JsonObject contact(int i) {
    return JSON.createObjectBuilder()
        .add("name", "Bench Contact " + i)
        .add(
            "emails",
            JSON.createArrayBuilder()
                .add(
                    JSON.createObjectBuilder()
                        .add("type", "PERSONAL")
                        .add("address", "contact" + i + "@bench.example.com")
                        .add("primary", true)))
        .add(
            "phones",
            JSON.createArrayBuilder()
                .add(
                    JSON.createObjectBuilder()
                        .add("type", "MOBILE")
                        .add("number", String.format("+357990%05d", i))
                        .add("primary", true)))
        .build();
  }

  private boolean runs(String phase) {
    return options.phases().contains(phase);
  }

  private Round round(int n, boolean profile) throws Exception {
    Creates ceiling = ceiling(n, profile);
    Drain email =
        !runs("email")
            ? null
            : drain(
                "email",
                "EMAIL",
                n,
                i ->
                    communication(i)
                        .add("medium", "EMAIL")
                        .add("subject", Samples.SUBJECT)
                        .add("content", Samples.BODY)
                        .build(),
                smtp::messages,
                new SinkClock(smtp::mark, smtp::firstNanosSinceMark, smtp::lastMessageNanos),
                () ->
                    RawLoops.rate(
                        n, options.poolSize(), RawLoops.email(smtp.port(), options.poolSize())),
                profile);
    Drain sms =
        !runs("sms")
            ? null
            : drain(
                "sms",
                "SMS",
                n,
                i -> communication(i).add("medium", "SMS").add("content", Samples.SMS).build(),
                smsc::submits,
                new SinkClock(smsc::mark, smsc::firstNanosSinceMark, smsc::lastSubmitNanos),
                () ->
                    RawLoops.rate(n, options.window(), RawLoops.sms(smsc.port(), options.window())),
                profile);
    External external = runs("external") ? external(n) : null;
    long heap = server.heapAfterGc();
    out.printf("  heap after the round (after a full GC): %,.1f MB%n", heap / 1e6);
    return new Round(n, ceiling, email, sms, external, heap, server.classHistogram());
  }

  private jakarta.json.JsonObjectBuilder communication(int i) {
    return JSON.createObjectBuilder().add("contact", contacts.get(i % contacts.size()));
  }

  /** What a run of requests cost: rate, latency, and CPU a request of the server and database. */
  private record Creates(InFlight.Run run, long serverCpuNanos, long databaseCpuNanos) {
    double serverMillisEach() {
      return serverCpuNanos / 1e6 / run.requests();
    }

    double databaseMillisEach() {
      return databaseCpuNanos / 1e6 / run.requests();
    }
  }

  /** One medium queued with dispatch paused, then drained; and the raw loop's rate. */
  private record Drain(
      Creates creates,
      long sentWhilePaused,
      double drainPerSecond,
      double endToEndPerSecond,
      double serverMillisEach,
      double databaseMillisEach,
      double sinkMillisEach,
      double rawPerSecond,
      double rawMillisEach,
      double settledSeconds,
      List<Map.Entry<String, Long>> statements,
      List<Map.Entry<String, Long>> waits,
      long statementSamples) {
    double ratio() {
      return drainPerSecond / rawPerSecond;
    }
  }

  private interface Rate {
    double measure() throws Exception;
  }

  /**
   * When a sink received its first message since a mark and its last: the drain is timed by the
   * sink, not by polling its count, which on a loaded machine can find a short drain already over.
   */
  private record SinkClock(Runnable mark, LongSupplier first, LongSupplier last) {}

  private Drain drain(
      String name,
      String medium,
      int n,
      java.util.function.IntFunction<JsonObject> body,
      LongSupplier received,
      SinkClock clock,
      Rate raw,
      boolean profile)
      throws Exception {
    List<String> paused = dispatch.pause();
    long before = received.getAsLong();
    out.printf("  %s: dispatch paused (%s); creating %,d …%n", name, String.join(", ", paused), n);
    if (profile) {
      server.startRecording(options.output().resolve(name + "-create.jfr"));
    }
    Creates creates = creates(n, i -> api.post("/communications", body.apply(i)));
    if (profile) {
      server.stopRecording();
    }
    long sentWhilePaused = received.getAsLong() - before;
    long cpu = server.cpuNanos();
    long ownCpu = ownCpuNanos();
    Map<Long, Long> databaseCpu = database.backendCpu();
    if (profile) {
      server.startRecording(options.output().resolve(name + "-drain.jfr"));
    }
    long resumed = System.nanoTime();
    long firstReceived;
    Database.Sampler sampler;
    try (Database.Sampler statements =
        database.sample(options.dbUrl(), options.dbUser(), options.dbPassword(), 20)) {
      sampler = statements;
      clock.mark().run();
      dispatch.resume(paused);
      long firstSeen = awaitCount(received, before + n, name + " at the sink");
      firstReceived = clock.first().getAsLong() != 0 ? clock.first().getAsLong() : firstSeen;
    }
    long drained = clock.last().getAsLong();
    if (profile) {
      server.stopRecording();
    }
    double serverMillis = (server.cpuNanos() - cpu) / 1e6 / n;
    double sinkMillis = (ownCpuNanos() - ownCpu) / 1e6 / n;
    double databaseMillis = database.backendCpuSince(databaseCpu) / 1e6 / n;
    // From the first message at the sink: resuming takes the broker's tool a second or two.
    double drainRate = (n - sentWhilePaused) / ((drained - firstReceived) / 1e9);
    double endToEnd = n / ((drained - creates.run().startNanos()) / 1e9);
    double settled = Double.NaN;
    if (medium.equals("SMS")) {
      awaitCount(() -> -pending(medium), 0, "SMS receipts settled");
      settled = (System.nanoTime() - resumed) / 1e9;
    }
    out.printf(
        "  %s: drained at %,.0f/s (%,.2f ms server CPU, %,.2f ms database CPU each)%s%n",
        name,
        drainRate,
        serverMillis,
        databaseMillis,
        sentWhilePaused > 0 ? "; " + sentWhilePaused + " went out while paused" : "");
    long rawCpu = ownCpuNanos();
    double rawRate = raw.measure();
    double rawMillis = (ownCpuNanos() - rawCpu) / 1e6 / n;
    out.printf(
        "  %s: raw loop %,.0f/s (%,.2f ms CPU each, loop and sink)%n", name, rawRate, rawMillis);
    return new Drain(
        creates,
        sentWhilePaused,
        drainRate,
        endToEnd,
        serverMillis,
        databaseMillis,
        sinkMillis,
        rawRate,
        rawMillis,
        settled,
        sampler.statements(),
        sampler.waits(),
        sampler.samples());
  }

  /**
   * This JVM's CPU time: the sinks and the raw loops run here (and the statement sampler, lightly),
   * so during a drain it is the sink's share, during a raw loop the loop's and the sink's.
   */
  private long ownCpuNanos() throws java.io.IOException {
    return ServerJvm.cpuNanos(ProcessHandle.current().pid(), server.ticksPerSecond());
  }

  private long pending(String medium) {
    try {
      return database.entries(medium, "PENDING");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The platform's own ceiling for a request, measured like the creates: an authenticated API call
   * through Payara, Jersey and Herald's filters that does almost nothing (the tag catalogue is in
   * memory; no database, no EJB). A create cannot be faster than this.
   */
  private Creates ceiling(int n, boolean profile) throws Exception {
    out.printf("  ceiling: %,d GET /tags (authenticated, in memory) …%n", n);
    if (profile) {
      server.startRecording(options.output().resolve("ceiling.jfr"));
    }
    try {
      return timed(api, n, i -> api.get(CEILING_PATH), 200, "requests");
    } finally {
      if (profile) {
        server.stopRecording();
      }
    }
  }

  private Creates creates(int n, java.util.function.IntFunction<HttpRequest> request)
      throws Exception {
    return timed(api, n, request, 201, "creates");
  }

  private Creates timed(
      HeraldApi client,
      int n,
      java.util.function.IntFunction<HttpRequest> request,
      int expected,
      String what)
      throws Exception {
    long cpu = server.cpuNanos();
    Map<Long, Long> databaseCpu = database.backendCpu();
    InFlight.Run run = InFlight.run(client, n, options.inFlight(), request, expected);
    Creates creates =
        new Creates(run, server.cpuNanos() - cpu, database.backendCpuSince(databaseCpu));
    out.printf(
        "    %,d %s at %,.0f/s, p50 %.1f ms, p99 %.1f ms, %,.2f ms server CPU each%n",
        n,
        what,
        run.perSecond(),
        millis(run.latency(), 50),
        millis(run.latency(), 99),
        creates.serverMillisEach());
    return creates;
  }

  /**
   * Waits until {@code count} reaches {@code target}, as long as it keeps moving; answers when it
   * was first seen to move (to within the 10 ms it polls at).
   */
  static long awaitCount(LongSupplier count, long target, String what) throws InterruptedException {
    long last = count.getAsLong();
    long progressAt = System.nanoTime();
    long firstMoved = 0;
    while (last < target) {
      Thread.sleep(10);
      long now = count.getAsLong();
      if (now != last) {
        last = now;
        progressAt = System.nanoTime();
        firstMoved = firstMoved == 0 ? progressAt : firstMoved;
      } else if (System.nanoTime() - progressAt > NO_PROGRESS_NANOS) {
        throw new IllegalStateException(
            what + ": stuck at " + last + " of " + target + " for two minutes");
      }
    }
    return firstMoved == 0 ? progressAt : firstMoved;
  }

  /**
   * An external system's queue of n entries, emptied as a portal does: a tenth entry by entry
   * (single PUTs, in flight), the rest a page at a time (keyset pulls, each page completed by one
   * batch PUT while the next is pulled).
   */
  private record External(
      Creates creates,
      double entriesPerSecond,
      Histogram pulls,
      Histogram batches,
      Creates singles,
      List<Map.Entry<String, Long>> statements,
      List<Map.Entry<String, Long>> waits,
      long statementSamples) {}

  private External external(int n) throws Exception {
    out.printf("  external: creating %,d entries for %s …%n", n, SYSTEM);
    Creates creates =
        creates(
            n,
            i ->
                api.post(
                    "/communications",
                    communication(i)
                        .add("medium", "PUSH")
                        .add("processedBy", SYSTEM)
                        .add("subject", Samples.SUBJECT)
                        .add("content", Samples.SMS)
                        .build()));
    Histogram pulls = InFlight.histogram();
    Histogram batches = InFlight.histogram();
    List<String> first = new ArrayList<>();
    for (String after = null; first.size() < Math.max(1, n / 10); ) {
      JsonObject page = pull(pulls, after, Math.min(PAGE, Math.max(1, n / 10) - first.size()));
      first.addAll(numbers(page));
      after = page.getString("next", null);
      if (after == null) {
        break;
      }
    }
    if (options.profile()) {
      server.startRecording(options.output().resolve("external-single.jfr"));
    }
    Creates singles =
        timed(
            system,
            first.size(),
            i ->
                system.put(
                    "/queue/entries/" + first.get(i) + "/state",
                    JSON.createObjectBuilder().add("state", "COMPLETED").build()),
            200,
            "single PUTs");
    if (options.profile()) {
      server.stopRecording();
      server.startRecording(options.output().resolve("external-pages.jfr"));
    }
    int rest = n - first.size();
    Database.Sampler sampler;
    long start = System.nanoTime();
    try (Database.Sampler statements =
        database.sample(options.dbUrl(), options.dbUser(), options.dbPassword(), 20)) {
      sampler = statements;
      int done = drainByPages(pulls, batches);
      if (done != rest) {
        throw new IllegalStateException("Pulled " + done + " entries of the " + rest + " left");
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (options.profile()) {
      server.stopRecording();
    }
    External external =
        new External(
            creates,
            rest / seconds,
            pulls,
            batches,
            singles,
            sampler.statements(),
            sampler.waits(),
            sampler.samples());
    out.printf(
        "  external: emptied at %,.0f entries/s; pull p99 %.1f ms, batch p99 %.1f ms;"
            + " single PUTs %,.0f/s, p99 %.1f ms%n",
        external.entriesPerSecond(),
        millis(pulls, 99),
        millis(batches, 99),
        external.singles().run().perSecond(),
        millis(external.singles().run().latency(), 99));
    return external;
  }

  /**
   * Follows the pending pages' cursor to the end, handing each page to one of {@code pagesInFlight}
   * threads that completes it with one batch PUT; the puller stays at most that many pages ahead.
   * Answers how many entries were completed.
   */
  private int drainByPages(Histogram pulls, Histogram batches) throws Exception {
    ExecutorService completers = Executors.newFixedThreadPool(options.pagesInFlight());
    Semaphore ahead = new Semaphore(options.pagesInFlight());
    List<Future<Integer>> completing = new ArrayList<>();
    try {
      String after = null;
      do {
        JsonObject page = pull(pulls, after, PAGE);
        List<String> numbers = numbers(page);
        after = page.getString("next", null);
        if (numbers.isEmpty()) {
          break;
        }
        ahead.acquire();
        completing.add(
            completers.submit(
                () -> {
                  try {
                    return completeAll(batches, numbers);
                  } finally {
                    ahead.release();
                  }
                }));
      } while (after != null);
      int done = 0;
      for (Future<Integer> batch : completing) {
        done += batch.get();
      }
      return done;
    } finally {
      completers.shutdownNow();
    }
  }

  private JsonObject pull(Histogram pulls, String after, int size) throws Exception {
    long before = System.nanoTime();
    JsonObject page =
        system.call(
            system.get(
                "/queue/entries?state=PENDING&size="
                    + size
                    + (after == null ? "" : "&after=" + after)),
            200);
    pulls.recordValue((System.nanoTime() - before) / 1_000);
    return page;
  }

  /** One batch PUT completing a page; every item must answer 200. */
  private int completeAll(Histogram batches, List<String> numbers) throws Exception {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    numbers.forEach(
        number ->
            items.add(
                JSON.createObjectBuilder().add("communication", number).add("state", "COMPLETED")));
    long before = System.nanoTime();
    JsonObject answer =
        system.call(
            system.put(
                "/queue/entries/state", JSON.createObjectBuilder().add("items", items).build()),
            200);
    long micros = (System.nanoTime() - before) / 1_000;
    synchronized (batches) {
      batches.recordValue(micros);
    }
    for (JsonValue item : answer.getJsonArray("items")) {
      if (item.asJsonObject().getInt("status") != 200) {
        throw new IllegalStateException("A batch item was refused: " + item);
      }
    }
    return numbers.size();
  }

  private static List<String> numbers(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(item -> item.getString("communication"))
        .toList();
  }

  private void report(Round small, Round full, String loadAtStart, String loadAtEnd)
      throws Exception {
    out.printf("Figures of the round of %,d (load at start: %s)%n", full.n(), loadAtStart);
    out.println();
    if (full.email() != null) {
      printDrain(
          "a. Email",
          full.email(),
          "raw pooled Jakarta Mail, " + options.poolSize() + " connections");
    }
    if (full.sms() != null) {
      printDrain("b. SMS", full.sms(), "raw jsmpp, window of " + options.window());
    }
    printCreates(full);
    if (full.external() != null) {
      printExternal(full.external());
    }
    double heapRatio = (double) full.heapBytes() / small.heapBytes();
    out.printf(
        "e. Heap after a full GC: %,.1f MB after the round of %,d, %,.1f MB after %,d: %.2f×"
            + " (target ≤ %.1f×: %s)%n",
        small.heapBytes() / 1e6,
        small.n(),
        full.heapBytes() / 1e6,
        full.n(),
        heapRatio,
        HEAP_TARGET,
        met(heapRatio <= HEAP_TARGET));
    printHeapGrowth(small, full);
    out.println();
    out.printf("Warm-up round of %,d:", small.n());
    if (small.email() != null) {
      out.printf(
          " email %,.0f/s vs raw %,.0f/s, creates %,.0f/s;",
          small.email().drainPerSecond(),
          small.email().rawPerSecond(),
          small.email().creates().run().perSecond());
    }
    if (small.sms() != null) {
      out.printf(
          " SMS %,.0f/s vs raw %,.0f/s;", small.sms().drainPerSecond(), small.sms().rawPerSecond());
    }
    if (small.external() != null) {
      out.printf(" external %,.0f entries/s", small.external().entriesPerSecond());
    }
    out.println();
    out.printf(
        "Sinks: SMTP %,d messages over %,d connections, %.0f µs of CPU each; SMSC %,d submits,"
            + " %,d receipts taken%n",
        smtp.messages(),
        smtp.connections(),
        smtp.cpuNanos() / 1e3 / Math.max(1, smtp.messages()),
        smsc.submits(),
        smsc.receipts());
    out.printf("Machine load at the end: %s%n", loadAtEnd);
    out.println();
    if (full.email() != null) {
      printStatements(
          "email drain",
          full.email().statements(),
          full.email().waits(),
          full.email().statementSamples());
    }
    if (full.sms() != null) {
      printStatements(
          "SMS drain", full.sms().statements(), full.sms().waits(), full.sms().statementSamples());
    }
    if (full.external() != null) {
      printStatements(
          "external drain",
          full.external().statements(),
          full.external().waits(),
          full.external().statementSamples());
    }
    printClaimPlans(full);
    if (options.profile()) {
      printProfiles();
    }
  }

  /** The classes whose live objects grew most from the small round to the full one. */
  private void printHeapGrowth(Round small, Round full) {
    out.println("   grown most (live bytes, instances) from the first round to the second:");
    full.classes().entrySet().stream()
        .map(
            e -> {
              long[] before = small.classes().getOrDefault(e.getKey(), new long[2]);
              return Map.entry(
                  e.getKey(),
                  new long[] {e.getValue()[0] - before[0], e.getValue()[1] - before[1]});
            })
        .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
        .limit(10)
        .forEach(
            e ->
                out.printf(
                    "     %+,10.1f kB %+,10d  %s%n",
                    e.getValue()[1] / 1e3, e.getValue()[0], e.getKey()));
  }

  private void printCreates(Round full) {
    out.printf(
        "c. POST /communications, %d in flight (email and SMS with dispatch paused):%n",
        options.inFlight());
    Creates ceiling = full.ceiling();
    out.printf(
        "   ceiling: GET %s, the same %d in flight: %,.0f/s, p50 %.1f ms, p99 %.1f ms;"
            + " CPU per request: Payara %.2f ms%n",
        CEILING_PATH,
        options.inFlight(),
        ceiling.run().perSecond(),
        millis(ceiling.run().latency(), 50),
        millis(ceiling.run().latency(), 99),
        ceiling.serverMillisEach());
    for (var creates :
        new Object[][] {
          {"email", full.email() == null ? null : full.email().creates()},
          {"SMS", full.sms() == null ? null : full.sms().creates()},
          {"external (PUSH)", full.external() == null ? null : full.external().creates()}
        }) {
      if (creates[1] instanceof Creates run) {
        double p99 = millis(run.run().latency(), 99);
        out.printf(
            "   %-15s %,6.0f creates/s = %.0f %% of the ceiling (target ≥ %,.0f: %s), p50 %.1f"
                + " ms, p99 %.1f ms (target < %.0f: %s); CPU per create: Payara %.2f ms,"
                + " PostgreSQL %.2f ms%n",
            creates[0],
            run.run().perSecond(),
            100 * run.run().perSecond() / ceiling.run().perSecond(),
            CREATES_TARGET,
            met(run.run().perSecond() >= CREATES_TARGET),
            millis(run.run().latency(), 50),
            p99,
            CALL_P99_TARGET_MS,
            met(p99 < CALL_P99_TARGET_MS),
            run.serverMillisEach(),
            run.databaseMillisEach());
      }
    }
  }

  private void printExternal(External external) {
    out.printf(
        "d. External system: keyset pulls of %d (GET /queue/entries?state=PENDING&after=…), each"
            + " page completed by one batch PUT /queue/entries/state (%d pages in flight); a tenth"
            + " of the queue first by single PUTs (%d in flight):%n",
        PAGE, options.pagesInFlight(), options.inFlight());
    out.printf(
        "   %,.0f entries/s (target ≥ %,.0f: %s); single PUTs %,.0f/s (target ≥ %,.0f: %s)%n",
        external.entriesPerSecond(),
        EXTERNAL_TARGET,
        met(external.entriesPerSecond() >= EXTERNAL_TARGET),
        external.singles().run().perSecond(),
        SINGLE_PUT_TARGET,
        met(external.singles().run().perSecond() >= SINGLE_PUT_TARGET));
    double worstP99 =
        Math.max(
            millis(external.pulls(), 99),
            Math.max(
                millis(external.batches(), 99), millis(external.singles().run().latency(), 99)));
    out.printf(
        "   p50/p99: pull %.1f/%.1f ms, batch PUT %.1f/%.1f ms, single PUT %.1f/%.1f ms"
            + " (target p99 < %.0f: %s)%n",
        millis(external.pulls(), 50),
        millis(external.pulls(), 99),
        millis(external.batches(), 50),
        millis(external.batches(), 99),
        millis(external.singles().run().latency(), 50),
        millis(external.singles().run().latency(), 99),
        CALL_P99_TARGET_MS,
        met(worstP99 < CALL_P99_TARGET_MS));
    out.printf(
        "   CPU per single PUT: Payara %.2f ms, PostgreSQL %.2f ms%n",
        external.singles().serverMillisEach(), external.singles().databaseMillisEach());
  }

  private void printDrain(String title, Drain drain, String raw) {
    out.printf(
        "%s, %,d queued with dispatch paused, then drained:%n",
        title, drain.creates().run().requests());
    out.printf(
        "   Herald drain %,.0f/s vs %s %,.0f/s = %.0f %% (target ≥ %.0f %%: %s)%n",
        drain.drainPerSecond(),
        raw,
        drain.rawPerSecond(),
        drain.ratio() * 100,
        DRAIN_TARGET * 100,
        met(drain.ratio() >= DRAIN_TARGET));
    out.printf(
        "   first create to last at the sink: %,.0f/s (creates %,.0f/s while paused)%s%n",
        drain.endToEndPerSecond(),
        drain.creates().run().perSecond(),
        drain.sentWhilePaused() > 0
            ? "; dispatch was NOT held back: " + drain.sentWhilePaused() + " sent during creates"
            : "");
    double herald = drain.serverMillisEach() + drain.databaseMillisEach() + drain.sinkMillisEach();
    out.printf(
        "   CPU per message drained: Payara %.2f ms, PostgreSQL %.2f ms (with the sink's %.2f ms:"
            + " %.2f ms, against %.2f ms for the raw loop and the sink: on these shared cores the"
            + " drain can reach about %.0f %% of raw)%s%n",
        drain.serverMillisEach(),
        drain.databaseMillisEach(),
        drain.sinkMillisEach(),
        herald,
        drain.rawMillisEach(),
        100 * drain.rawMillisEach() / herald,
        Double.isNaN(drain.settledSeconds())
            ? ""
            : String.format(
                "; every receipt settled %.1f s after resuming", drain.settledSeconds()));
  }

  private void printStatements(
      String phase,
      List<Map.Entry<String, Long>> statements,
      List<Map.Entry<String, Long>> waits,
      long samples) {
    out.printf(
        "Database, %s: statements active in %,d samples of pg_stat_activity (every 20 ms):%n",
        phase, samples);
    statements.stream()
        .limit(6)
        .forEach(
            e ->
                out.printf(
                    "  %6.1f %%  %s%n",
                    100.0 * e.getValue() / Math.max(1, samples), abbreviate(e.getKey())));
    out.print("  waiting for:");
    waits.stream()
        .limit(6)
        .forEach(
            e ->
                out.printf(" %s %.0f %%", e.getKey(), 100.0 * e.getValue() / Math.max(1, samples)));
    out.println();
  }

  /** The plans of the claim statements seen during the drains (those that claim queue entries). */
  private void printClaimPlans(Round full) throws Exception {
    List<String> claims = new ArrayList<>();
    for (Drain drain : java.util.Arrays.asList(full.email(), full.sms())) {
      if (drain == null) {
        continue;
      }
      for (Map.Entry<String, Long> statement : drain.statements()) {
        String sql = statement.getKey().toLowerCase();
        int where = sql.indexOf(" where ");
        // A claim picks entries by their claim (an UPDATE … WHERE … claimed_by, or a locking read).
        if (sql.contains("queue_entry")
            && (sql.contains("for update")
                || sql.startsWith("update") && where > 0 && sql.indexOf("claimed_by", where) > 0)
            && !claims.contains(statement.getKey())) {
          claims.add(statement.getKey());
        }
      }
    }
    if (claims.isEmpty()) {
      out.println("Claim plan: no claim statement was caught by the sampler");
    }
    for (String claim : claims) {
      out.println("Claim statement: " + abbreviate(claim));
      out.print(database.genericPlan(claim).indent(2));
    }
  }

  private void printProfiles() throws IOException {
    for (String name :
        List.of(
            "ceiling",
            "email-create",
            "email-drain",
            "sms-create",
            "sms-drain",
            "external-single",
            "external-pages")) {
      Path file = options.output().resolve(name + ".jfr");
      if (!Files.exists(file)) {
        continue; // a phase not run
      }
      FlightRecording recording = FlightRecording.read(file);
      Path summary = options.output().resolve(name + ".txt");
      try (PrintStream text = new PrintStream(Files.newOutputStream(summary), true, "UTF-8")) {
        recording.print(text, 25);
      }
      out.printf(
          "Profile %s: %,d CPU samples; java.util.ServiceLoader on the stack in %.1f %%,"
              + " jakarta.mail.util.FactoryFinder in %.1f %% (summary: %s)%n",
          name,
          recording.samples(),
          100.0 * recording.samplesIn("java.util.ServiceLoader") / Math.max(1, recording.samples()),
          100.0
              * recording.samplesIn("jakarta.mail.util.FactoryFinder")
              / Math.max(1, recording.samples()),
          summary);
    }
  }

  private static String abbreviate(String sql) {
    String flat = sql.replaceAll("\\s+", " ").strip();
    return flat.length() > 220 ? flat.substring(0, 220) + " …" : flat;
  }

  private static double millis(Histogram histogram, double percentile) {
    return histogram.getValueAtPercentile(percentile) / 1e3;
  }

  private static String met(boolean met) {
    return met ? "met" : "NOT met";
  }

  private static String uptime() throws IOException, InterruptedException {
    return Commands.run(List.of("uptime")).strip();
  }
}
