package org.herald.bench.e2e;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What bench/e2e.sh tells the benchmark: where the server, its database, broker and sinks are, and
 * how much to send.
 */
record Options(
    int messages,
    int inFlight,
    int httpPort,
    int smtpPort,
    int smppPort,
    int brokerPort,
    long serverPid,
    String apiKey,
    String dbUrl,
    String dbUser,
    String dbPassword,
    Path imqcmd,
    Path output,
    boolean profile,
    int poolSize,
    int window,
    int pagesInFlight,
    Set<String> phases) {

  /** The phases there are, in the order they run. */
  static final List<String> PHASES = List.of("email", "sms", "external");

  /** Phases run only when named: business events (EventsPhase), after the others. */
  static final List<String> EXTRA_PHASES = List.of(EventsPhase.NAME);

  static Options parse(String[] args) {
    Map<String, String> values = arguments(args, Set.of("profile"));
    return new Options(
        Integer.parseInt(values.getOrDefault("messages", "100000")),
        Integer.parseInt(values.getOrDefault("in-flight", "16")),
        Integer.parseInt(required(values, "http-port")),
        Integer.parseInt(required(values, "smtp-port")),
        Integer.parseInt(required(values, "smpp-port")),
        Integer.parseInt(required(values, "broker-port")),
        Long.parseLong(required(values, "server-pid")),
        required(values, "api-key"),
        required(values, "db-url"),
        values.getOrDefault("db-user", "postgres"),
        values.getOrDefault("db-password", "postgres"),
        Path.of(required(values, "imqcmd")),
        Path.of(values.getOrDefault("output", "bench/target/e2e")),
        values.containsKey("profile"),
        Integer.parseInt(values.getOrDefault("pool-size", "4")),
        Integer.parseInt(values.getOrDefault("window", "10")),
        // An external system's batch completes at once: each is a page of work for the server, so
        // a call's time grows with how many wait beside it (16 pages of 200: ~0.5 s by necessity).
        Integer.parseInt(values.getOrDefault("pages-in-flight", "4")),
        phases(values.getOrDefault("phases", String.join(",", PHASES))));
  }

  private static Set<String> phases(String list) {
    Set<String> phases = new LinkedHashSet<>(List.of(list.split(",")));
    List<String> known = new java.util.ArrayList<>(PHASES);
    known.addAll(EXTRA_PHASES);
    if (!known.containsAll(phases)) {
      throw new IllegalArgumentException("--phases takes some of " + known + ", not " + list);
    }
    return phases;
  }

  /**
   * The {@code --name value} pairs of a command line, by name; a name in {@code flags} takes no
   * value and maps to "true".
   */
  static Map<String, String> arguments(String[] args, Set<String> flags) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument " + args[i]);
      }
      String name = args[i].substring(2);
      if (flags.contains(name)) {
        values.put(name, "true");
      } else if (i + 1 < args.length) {
        values.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
    }
    return values;
  }

  static String required(Map<String, String> values, String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }
}
