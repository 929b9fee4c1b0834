package org.herald.bench.e2e;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's time went, from a JFR recording of it: CPU samples by method (where the sample
 * stood, and every method on its stack), and the time threads spent blocked on monitors, parked,
 * and in socket and file I/O, by the first frame of their stack that is not the JDK's.
 */
final class FlightRecording {

  private final Map<String, Long> self = new HashMap<>();
  private final Map<String, Long> inclusive = new HashMap<>();
  private final Map<String, Map<String, Duration>> blocked = new HashMap<>();
  private final List<Set<String>> sampledClasses = new ArrayList<>();
  private final Map<String, Long> byComponent = new HashMap<>();

  /**
   * Components a sample is charged to: the first of these the stack meets from its top (where the
   * sample stood), so the JDK code a component calls counts as that component's; a service lookup
   * of Jakarta Mail counts as such wherever it stands.
   */
  private static final List<Map.Entry<String, List<String>>> COMPONENTS =
      List.of(
          Map.entry("Herald", List.of("org.herald.")),
          Map.entry("Jakarta Mail, Angus Mail", List.of("jakarta.mail.", "org.eclipse.angus.")),
          Map.entry("jsmpp", List.of("org.jsmpp.")),
          Map.entry("PostgreSQL JDBC driver", List.of("org.postgresql.")),
          Map.entry(
              "JDBC pool, transactions",
              List.of(
                  "com.sun.gjc.",
                  "com.sun.enterprise.resource.",
                  "com.sun.jts.",
                  "com.sun.enterprise.transaction.",
                  "com.sun.corba.")),
          Map.entry("EclipseLink", List.of("org.eclipse.persistence.")),
          Map.entry(
              "JMS (OpenMQ)", List.of("com.sun.messaging.", "com.sun.enterprise.connectors.")),
          Map.entry(
              "JSON (Yasson, Parsson)", List.of("org.eclipse.yasson.", "org.eclipse.parsson.")),
          Map.entry("Bean Validation", List.of("org.hibernate.validator.")),
          Map.entry("JAX-RS (Jersey)", List.of("org.glassfish.jersey.")),
          Map.entry("HTTP (Grizzly)", List.of("org.glassfish.grizzly.")),
          Map.entry(
              "EJB container, CDI (Weld), interceptors",
              List.of(
                  "com.sun.ejb.",
                  "org.glassfish.ejb.",
                  "org.jboss.weld.",
                  "org.glassfish.weld.",
                  "com.sun.enterprise.security.")),
          Map.entry(
              "Payara (invocations, naming, class loading, HK2, OSGi)",
              List.of(
                  "com.sun.enterprise.",
                  "org.glassfish.",
                  "org.jvnet.hk2.",
                  "org.apache.felix.",
                  "fish.payara.")));

  private long samples;

  private FlightRecording() {}

  static FlightRecording read(Path file) throws IOException {
    FlightRecording recording = new FlightRecording();
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      recording.add(event);
    }
    return recording;
  }

  private void add(RecordedEvent event) {
    String type = event.getEventType().getName();
    RecordedStackTrace stack = event.getStackTrace();
    if (stack == null || stack.getFrames().isEmpty()) {
      return;
    }
    List<RecordedFrame> frames = stack.getFrames();
    switch (type) {
      case "jdk.ExecutionSample" -> {
        samples++;
        self.merge(method(frames.get(0)), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        Set<String> classes = new HashSet<>();
        for (RecordedFrame frame : frames) {
          if (seen.add(method(frame))) {
            inclusive.merge(method(frame), 1L, Long::sum);
          }
          classes.add(frame.getMethod().getType().getName());
        }
        sampledClasses.add(classes);
        byComponent.merge(component(frames, classes), 1L, Long::sum);
      }
      case "jdk.ThreadPark" -> {
        // Idle pool threads park all the time: count only waits inside Herald's own work.
        if (frames.stream()
            .anyMatch(f -> f.getMethod().getType().getName().startsWith("org.herald."))) {
          blocked
              .computeIfAbsent("ThreadPark (in Herald's work)", k -> new HashMap<>())
              .merge(firstOwnFrame(frames), event.getDuration(), Duration::plus);
        }
      }
      case "jdk.JavaMonitorEnter",
          "jdk.SocketRead",
          "jdk.SocketWrite",
          "jdk.FileRead",
          "jdk.FileWrite",
          "jdk.FileForce" ->
          blocked
              .computeIfAbsent(type.substring(4), k -> new HashMap<>())
              .merge(firstOwnFrame(frames), event.getDuration(), Duration::plus);
      default -> {}
    }
  }

  long samples() {
    return samples;
  }

  private static String component(List<RecordedFrame> frames, Set<String> classes) {
    if (classes.contains("jakarta.mail.util.FactoryFinder")) {
      return "Jakarta Mail's StreamProvider lookup (ServiceLoader)";
    }
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      for (Map.Entry<String, List<String>> component : COMPONENTS) {
        if (component.getValue().stream().anyMatch(type::startsWith)) {
          return component.getKey();
        }
      }
    }
    return "JDK, JVM and other";
  }

  /** Samples with a method of a class whose name starts with {@code prefix} on their stack. */
  long samplesIn(String prefix) {
    return sampledClasses.stream()
        .filter(classes -> classes.stream().anyMatch(name -> name.startsWith(prefix)))
        .count();
  }

  void print(PrintStream out, int top) {
    out.printf("CPU samples: %,d%n", samples);
    out.println("By component (the first one met from the top of each stack):");
    print(out, byComponent, top);
    out.println("Where the samples stood (self):");
    print(out, self, top);
    out.println("On the stack (inclusive; each method once per sample):");
    print(out, inclusive, top * 3);
    blocked.forEach(
        (what, byFrame) -> {
          Duration total = byFrame.values().stream().reduce(Duration.ZERO, Duration::plus);
          out.printf("%s: %,.1f s in all, by first non-JDK frame:%n", what, total.toMillis() / 1e3);
          byFrame.entrySet().stream()
              .sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
              .limit(top)
              .forEach(
                  e -> out.printf("  %8.1f s  %s%n", e.getValue().toMillis() / 1e3, e.getKey()));
        });
  }

  private void print(PrintStream out, Map<String, Long> counts, int top) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .forEach(
            e ->
                out.printf(
                    "  %6.1f %%  %,7d  %s%n",
                    100.0 * e.getValue() / Math.max(1, samples), e.getValue(), e.getKey()));
  }

  private static final Predicate<String> JDK =
      name -> name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.");

  private static String firstOwnFrame(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      if (!JDK.test(frame.getMethod().getType().getName())) {
        return method(frame);
      }
    }
    return method(frames.get(0));
  }

  private static String method(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }
}
