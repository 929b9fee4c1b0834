package org.herald.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test domain's JMS broker (Payara's embedded OpenMQ, on portbase + 76), driven with its own
 * admin tool, {@code imqcmd}. Pausing the consumers of the dispatch queue holds the signals of
 * communications created meanwhile, so that they reach the dispatcher at once when it resumes: a
 * backlog, whatever the speed of the creates.
 */
public final class TestBroker {

  private static final String DISPATCH_QUEUE = "HeraldDispatch";
  private static final String EVENTS_QUEUE = "HeraldEvents";

  private TestBroker() {}

  public static void pauseDispatch() {
    imqcmd("pause", "dst", "-t", "q", "-n", DISPATCH_QUEUE, "-pst", "CONSUMERS");
  }

  /**
   * Drops the dispatch signals the broker holds, once it holds {@code count} (signals are sent
   * after their transaction commits, a moment after the request that made them has answered).
   */
  public static void purgeDispatch(int count) {
    Eventually.await(Duration.ofSeconds(30), TestBroker::heldDispatchSignals, n -> n >= count);
    imqcmd("purge", "dst", "-t", "q", "-n", DISPATCH_QUEUE);
  }

  /** Holds the business events posted from now on until {@link #resumeEvents}. */
  public static void pauseEvents() {
    imqcmd("pause", "dst", "-t", "q", "-n", EVENTS_QUEUE, "-pst", "CONSUMERS");
  }

  public static void resumeEvents() {
    imqcmd("resume", "dst", "-t", "q", "-n", EVENTS_QUEUE);
  }

  /** Waits until the event messages held number {@code count} (0: all processed). */
  public static void awaitHeldEvents(int count) {
    Eventually.await(Duration.ofSeconds(60), () -> held(EVENTS_QUEUE), n -> n == count);
  }

  private static int heldDispatchSignals() {
    return held(DISPATCH_QUEUE);
  }

  /** The messages in a queue: "Actual" under "Current Number of Messages". */
  private static int held(String queue) {
    String report = imqcmd("query", "dst", "-t", "q", "-n", queue);
    Matcher actual =
        Pattern.compile("Current Number of Messages\\s+Actual\\s+(\\d+)").matcher(report);
    if (!actual.find()) {
      throw new IllegalStateException("No message count in: " + report);
    }
    return Integer.parseInt(actual.group(1));
  }

  public static void resumeDispatch() {
    imqcmd("resume", "dst", "-t", "q", "-n", DISPATCH_QUEUE);
  }

  private static String imqcmd(String... command) {
    Path payara = Path.of(System.getProperty("herald.it.payara.home", "../target/payara6"));
    int broker = Integer.getInteger("herald.it.portbase", 28000) + 76;
    try {
      // The embedded broker's default administrator; the password goes in a file, not the command.
      Path passwords = Files.createTempFile("imqcmd", ".properties");
      try {
        Files.writeString(passwords, "imq.imqcmd.password=admin\n");
        List<String> line = new ArrayList<>(List.of(payara.resolve("mq/bin/imqcmd").toString()));
        line.addAll(List.of(command));
        line.addAll(
            List.of(
                "-b",
                "localhost:" + broker,
                "-u",
                "admin",
                "-passfile",
                passwords.toString(),
                "-javahome",
                System.getProperty("java.home"),
                "-f"));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
          throw new IllegalStateException("imqcmd " + String.join(" ", command) + ": " + output);
        }
        return output;
      } finally {
        Files.deleteIfExists(passwords);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
