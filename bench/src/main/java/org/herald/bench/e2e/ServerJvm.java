package org.herald.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's JVM, seen from outside by its process id: CPU time from {@code /proc}, heap and
 * flight recordings through {@code jcmd} (the same user runs both).
 */
final class ServerJvm {

  private static final Pattern HISTOGRAM_ROW =
      Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");
  private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

  private final long pid;
  private final long ticksPerSecond;

  ServerJvm(long pid) throws IOException, InterruptedException {
    this.pid = pid;
    this.ticksPerSecond = Long.parseLong(Commands.run(List.of("getconf", "CLK_TCK")).strip());
  }

  long pid() {
    return pid;
  }

  /** User plus system CPU time the process has used so far, in nanoseconds. */
  long cpuNanos() throws IOException {
    return cpuNanos(pid, ticksPerSecond);
  }

  /** Of any process (0 once it is gone): fields 14 and 15 of /proc/PID/stat, after the name. */
  static long cpuNanos(long pid, long ticksPerSecond) throws IOException {
    String stat;
    try {
      stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    } catch (java.nio.file.NoSuchFileException e) {
      return 0;
    }
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * 1_000_000_000L / ticksPerSecond;
  }

  long ticksPerSecond() {
    return ticksPerSecond;
  }

  /** Heap in use right after a full collection, in bytes. */
  long heapAfterGc() throws IOException, InterruptedException {
    jcmd("GC.run");
    String info = jcmd("GC.heap_info");
    Matcher used = HEAP_USED.matcher(info);
    if (!used.find()) {
      throw new IllegalStateException("Unexpected GC.heap_info: " + info);
    }
    return Long.parseLong(used.group(1)) * 1024;
  }

  /** Live objects by class (after a full GC): instances and bytes, by class name. */
  Map<String, long[]> classHistogram() throws IOException, InterruptedException {
    Map<String, long[]> classes = new HashMap<>();
    for (String line : jcmd("GC.class_histogram").split("\n")) {
      Matcher row = HISTOGRAM_ROW.matcher(line);
      if (row.matches()) {
        classes.put(
            row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
      }
    }
    return classes;
  }

  private boolean configured;

  void startRecording(Path file) throws IOException, InterruptedException {
    if (!configured) {
      // Payara's stacks run deeper than JFR's default 64 frames: cut there, a sample loses the
      // frames that say which request or dispatch it belongs to. Only before the first recording.
      jcmd("JFR.configure", "stackdepth=256");
      configured = true;
    }
    jcmd("JFR.start", "name=e2e", "settings=profile", "filename=" + file.toAbsolutePath());
  }

  void stopRecording() throws IOException, InterruptedException {
    jcmd("JFR.stop", "name=e2e");
  }

  private String jcmd(String... command) throws IOException, InterruptedException {
    List<String> line = new java.util.ArrayList<>(List.of("jcmd", String.valueOf(pid)));
    line.addAll(List.of(command));
    return Commands.run(line);
  }
}
