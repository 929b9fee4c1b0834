package org.herald.bench.e2e;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.herald.bench.Samples;
import org.herald.bench.SmtpSink;

/**
 * The kill -9 test of dispatch (bench/kill.sh runs it against a server it started; see
 * bench/README.md, "Kill test"): N emails queued with dispatch paused at the broker, dispatch
 * resumed, the server killed with SIGKILL once about a third has reached the SMTP sink, the same
 * domain started again; once no entry is pending, every Message-ID the sink accepted is matched
 * with every queue entry's final state. Under the in-flight policy HOLD nothing may arrive twice
 * and nothing may be lost: an entry is at the sink or, if its handover was under way at the kill,
 * rejected {@code OUTCOME_UNKNOWN} (at most one per dispatch loop). Under RESEND nothing is held,
 * everything arrives, and only those in-flight entries may arrive twice.
 *
 * <p>Exit status: 0 when the counts hold, 1 when they do not, 2 when the test could not run.
 */
public final class KillTest {

  /** Looked up once, not through a ServiceLoader per request: the client shares the cores. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final int CONTACTS = 5;
  private static final String MEDIUM = "EMAIL";
  private static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN";

  /** Herald's Message-ID: {@code <number.herald@domain>} (CommunicationMimeMessage). */
  private static final String ID_MARK = ".herald@";

  private final Settings settings;
  private final SmtpSink sink;
  private final Database database;
  private final HeraldApi api;
  private final PrintStream out = System.out;

  /** What bench/kill.sh tells the test. */
  record Settings(
      int messages,
      int batch,
      double killAt,
      String policy,
      int loops,
      int httpPort,
      int smtpPort,
      int brokerPort,
      Path pidFile,
      Path restart,
      Path journal,
      Path serverLog,
      Path imqcmd,
      String apiKey,
      String dbUrl,
      String dbUser,
      String dbPassword,
      Duration timeout) {

    static Settings parse(String[] args) {
      Map<String, String> values = Options.arguments(args, Set.of());
      String policy = values.getOrDefault("policy", "HOLD");
      if (!Set.of("HOLD", "RESEND").contains(policy)) {
        throw new IllegalArgumentException("--policy is HOLD or RESEND, not " + policy);
      }
      return new Settings(
          Integer.parseInt(values.getOrDefault("messages", "10000")),
          Integer.parseInt(values.getOrDefault("batch", "500")),
          Double.parseDouble(values.getOrDefault("kill-at", "0.33")),
          policy,
          Integer.parseInt(values.getOrDefault("loops", "12")),
          Integer.parseInt(Options.required(values, "http-port")),
          Integer.parseInt(Options.required(values, "smtp-port")),
          Integer.parseInt(Options.required(values, "broker-port")),
          Path.of(Options.required(values, "pid-file")),
          Path.of(Options.required(values, "restart")),
          Path.of(Options.required(values, "journal")),
          Path.of(Options.required(values, "server-log")),
          Path.of(Options.required(values, "imqcmd")),
          Options.required(values, "api-key"),
          Options.required(values, "db-url"),
          values.getOrDefault("db-user", "postgres"),
          values.getOrDefault("db-password", "postgres"),
          Duration.ofSeconds(Long.parseLong(values.getOrDefault("timeout", "600"))));
    }
  }

  private KillTest(Settings settings, SmtpSink sink, Database database) {
    this.settings = settings;
    this.sink = sink;
    this.database = database;
    this.api = new HeraldApi(settings.httpPort(), settings.apiKey());
  }

  public static void main(String[] args) {
    int status;
    try {
      Settings settings = Settings.parse(args);
      try (SmtpSink sink = SmtpSink.recording(settings.smtpPort());
          Database database =
              new Database(settings.dbUrl(), settings.dbUser(), settings.dbPassword(), 100)) {
        status = new KillTest(settings, sink, database).run() ? 0 : 1;
      }
    } catch (Exception | Error e) {
      e.printStackTrace();
      status = 2;
    }
    System.exit(status);
  }

  /** When each step happened, from the test's clock ({@link System#nanoTime}). */
  private record Times(long resumed, long killed, long ready, long drained) {
    double seconds(long from, long to) {
      return (to - from) / 1e9;
    }
  }

  private boolean run() throws Exception {
    int n = settings.messages();
    out.printf(
        "Kill test: %,d emails, kill -9 once about %.0f %% reached the sink; in-flight policy %s,"
            + " %d dispatch loops%n",
        n, settings.killAt() * 100, settings.policy(), settings.loops());
    List<String> contacts = new ArrayList<>();
    for (int i = 0; i < CONTACTS; i++) {
      contacts.add(
          api.call(api.post("/contacts", EndToEndBenchmark.contact(i)), 201).getString("number"));
    }
    Dispatch dispatch = new Dispatch(settings.imqcmd(), settings.brokerPort());
    List<String> paused = dispatch.pause();
    long creating = System.nanoTime();
    create(n, contacts);
    long pending = database.entries(MEDIUM, "PENDING");
    out.printf(
        "Created %,d emails in %.1f s with dispatch paused (%s): %,d pending, %,d at the sink%n",
        n,
        (System.nanoTime() - creating) / 1e9,
        String.join(", ", paused),
        pending,
        sink.messages());
    if (pending != n) {
      throw new IllegalStateException(n + " emails created but " + pending + " entries pending");
    }

    dispatch.resume(paused);
    long resumed = System.nanoTime();
    long killPoint = Math.round(n * settings.killAt());
    EndToEndBenchmark.awaitCount(sink::messages, killPoint, "emails at the sink before the kill");
    long pid = Long.parseLong(Files.readString(settings.pidFile()).strip());
    ProcessHandle server =
        ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No server " + pid));
    Commands.run(List.of("kill", "-9", Long.toString(pid)));
    server.onExit().get(30, TimeUnit.SECONDS);
    long killed = System.nanoTime();
    Map<String, Integer> atKill = sink.messageIds();
    out.printf(
        "Killed the server (pid %d) %.1f s after resuming, with %,d emails at the sink%n",
        pid, (killed - resumed) / 1e9, received(atKill));
    out.printf("Journal left behind in %s: %s%n", settings.journal(), segments());

    out.printf("Starting the domain again (%s) …%n", settings.restart());
    Commands.run(List.of(settings.restart().toString(), "--restart-domain"));
    long ready = System.nanoTime();
    out.printf("Ready again %.1f s after the kill%n", (ready - killed) / 1e9);

    long left = awaitNonePending();
    long drained = System.nanoTime();
    // Payara writes its log from a queue of its own: read once the drain is over.
    recoveryLog().forEach(line -> out.println("  server.log: " + line));
    if (left > 0) {
      out.printf(
          "Timed out: %,d entries still pending %d s after the restart%n",
          left, settings.timeout().toSeconds());
    }
    return report(atKill, new Times(resumed, killed, ready, drained), left);
  }

  /** Creates {@code n} emails to the contacts in turn, in batches, every item answered 201. */
  private void create(int n, List<String> contacts) throws Exception {
    for (int from = 0; from < n; from += settings.batch()) {
      JsonArrayBuilder items = JSON.createArrayBuilder();
      for (int i = from; i < Math.min(n, from + settings.batch()); i++) {
        items.add(
            JSON.createObjectBuilder()
                .add(
                    "communication",
                    JSON.createObjectBuilder()
                        .add("contact", contacts.get(i % contacts.size()))
                        .add("medium", MEDIUM)
                        .add("subject", Samples.SUBJECT)
                        .add("content", Samples.BODY)));
      }
      JsonObject answer =
          api.call(
              api.post(
                  "/communications/batch", JSON.createObjectBuilder().add("items", items).build()),
              200);
      for (JsonValue item : answer.getJsonArray("items")) {
        if (item.asJsonObject().getInt("status") != 201) {
          throw new IllegalStateException("A batch item was not created: " + item);
        }
      }
    }
  }

  /** Polls the database until no entry is pending or the timeout; answers how many are left. */
  private long awaitNonePending() throws Exception {
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    long pending;
    while ((pending = database.entries(MEDIUM, "PENDING")) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    return pending;
  }

  /** The journal's segments the killed run left: name and size. */
  private String segments() throws IOException {
    if (!Files.isDirectory(settings.journal())) {
      return "no directory";
    }
    try (Stream<Path> files = Files.list(settings.journal())) {
      List<String> found = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        found.add(file.getFileName() + " (" + Files.size(file) + " bytes)");
      }
      return found.isEmpty() ? "none" : String.join(", ", found);
    }
  }

  /** What the restarted node logged of its recovery (Handovers). */
  private List<String> recoveryLog() throws IOException {
    if (!Files.exists(settings.serverLog())) {
      return List.of();
    }
    try (Stream<String> lines = Files.lines(settings.serverLog())) {
      return lines
          .filter(line -> line.contains(" restarted: ") || line.contains("stopped while handing"))
          .map(String::strip)
          .toList();
    }
  }

  private boolean report(Map<String, Integer> atKill, Times times, long pendingLeft)
      throws Exception {
    Map<String, Integer> received = sink.messageIds();
    Map<String, Database.Entry> entries =
        database.entries(MEDIUM).stream()
            .collect(Collectors.toMap(Database.Entry::communication, e -> e));
    Map<String, Integer> byNumber = new HashMap<>();
    List<String> strangers = new ArrayList<>();
    received.forEach(
        (id, count) -> {
          String number = number(id);
          if (number != null && entries.containsKey(number)) {
            byNumber.merge(number, count, Integer::sum);
          } else {
            strangers.add(id);
          }
        });
    List<String> duplicates =
        byNumber.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    int extra = byNumber.values().stream().mapToInt(count -> count - 1).sum();
    List<String> held =
        entries.values().stream()
            .filter(e -> "REJECTED".equals(e.state()) && OUTCOME_UNKNOWN.equals(e.errorCode()))
            .map(Database.Entry::communication)
            .sorted()
            .toList();
    long heldAtSink = held.stream().filter(byNumber::containsKey).count();
    Set<String> cut =
        sink.cutShort().keySet().stream()
            .map(KillTest::number)
            .filter(number -> number != null)
            .collect(Collectors.toSet());
    long heldCut = held.stream().filter(n -> !byNumber.containsKey(n) && cut.contains(n)).count();
    List<String> missing =
        entries.keySet().stream()
            .filter(number -> !byNumber.containsKey(number) && !held.contains(number))
            .sorted()
            .toList();
    List<String> unsettled =
        entries.values().stream()
            .filter(e -> byNumber.containsKey(e.communication()))
            .filter(e -> !"COMPLETED".equals(e.state()) && !held.contains(e.communication()))
            .map(e -> e.communication() + " " + e.state() + " " + e.errorCode())
            .sorted()
            .toList();
    Map<String, Long> states =
        entries.values().stream()
            .collect(
                Collectors.groupingBy(
                    e -> e.state() + (e.errorCode() == null ? "" : " " + e.errorCode()),
                    TreeMap::new,
                    Collectors.counting()));
    int beforeKill = received(atKill);
    int total = received(received);

    int loops = settings.loops();
    boolean hold = settings.policy().equals("HOLD");
    boolean duplicatesOk = hold ? duplicates.isEmpty() : duplicates.size() <= loops;
    boolean heldOk = hold ? held.size() <= loops : held.isEmpty();
    boolean passed =
        duplicatesOk && heldOk && missing.isEmpty() && pendingLeft == 0 && strangers.isEmpty();

    out.println();
    out.printf(
        "Kill test, %,d emails, in-flight policy %s, %d dispatch loops:%n",
        entries.size(), settings.policy(), loops);
    out.printf(
        "  at the sink before the kill  %,7d  (%.1f s after resuming dispatch)%n",
        beforeKill, times.seconds(times.resumed(), times.killed()));
    out.printf(
        "  at the sink after the kill   %,7d  (ready %.1f s after the kill; nothing pending"
            + " %.1f s after that)%n",
        total - beforeKill,
        times.seconds(times.killed(), times.ready()),
        times.seconds(times.ready(), times.drained()));
    out.printf("  distinct Message-IDs         %,7d%n", byNumber.size());
    out.printf(
        "  duplicates                   %,7d  Message-IDs received more than once (%d extra"
            + " copies)%s%s%n",
        duplicates.size(), extra, list(duplicates), verdict(duplicatesOk));
    List<String> cutShort =
        sink.cutShort().keySet().stream()
            .map(id -> id.isEmpty() ? "(before its Message-ID)" : id)
            .sorted()
            .toList();
    out.printf(
        "  cut short by the kill        %,7d  connections that ended mid-message%s%n",
        received(sink.cutShort()), list(cutShort));
    out.printf(
        "  held                         %,7d  REJECTED %s: %d had reached the sink, %d were cut"
            + " short, %d never showed their Message-ID at the sink%s%s%n",
        held.size(),
        OUTCOME_UNKNOWN,
        heldAtSink,
        heldCut,
        held.size() - heldAtSink - heldCut,
        list(held),
        verdict(heldOk));
    out.printf(
        "  missing                      %,7d  neither at the sink nor held%s%s%n",
        missing.size(), list(missing), verdict(missing.isEmpty()));
    if (!unsettled.isEmpty()) {
      out.printf("  at the sink, not COMPLETED   %,7d%s%n", unsettled.size(), list(unsettled));
    }
    if (!strangers.isEmpty()) {
      out.printf("  unknown Message-IDs          %,7d%s%n", strangers.size(), list(strangers));
    }
    if (pendingLeft > 0) {
      out.printf("  still PENDING                %,7d  (timed out)%n", pendingLeft);
    }
    out.printf("  final states: %s%n", states);
    out.printf(
        "%s: %s%n",
        passed ? "PASSED" : "FAILED",
        hold
            ? "no duplicate, nothing missing, at most " + loops + " held"
            : "nothing held, nothing missing, at most " + loops + " duplicates");
    return passed;
  }

  /** The communication number in Herald's Message-ID, or null if it is not one of Herald's. */
  private static String number(String messageId) {
    int mark = messageId.indexOf(ID_MARK);
    return messageId.startsWith("<") && mark > 1 ? messageId.substring(1, mark) : null;
  }

  private static int received(Map<String, Integer> byId) {
    return byId.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** A few of the names, for the operator to look up. */
  private static String list(List<String> names) {
    if (names.isEmpty()) {
      return "";
    }
    int shown = Math.min(names.size(), 20);
    return ": " + String.join(", ", names.subList(0, shown)) + (names.size() > shown ? ", …" : "");
  }

  private static String verdict(boolean ok) {
    return ok ? "" : "  ← NOT OK";
  }
}
