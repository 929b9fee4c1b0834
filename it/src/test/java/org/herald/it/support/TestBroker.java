package org.herald.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The test domain's JMS broker (Payara's embedded OpenMQ, on portbase + 76), driven with its own
 * admin tool, {@code imqcmd}. Pausing the consumers of the dispatch queue holds the signals of
 * communications created meanwhile, so that they reach the dispatcher at once when it resumes: a
 * backlog, whatever the speed of the creates.
 */
public final class TestBroker {

  private static final String DISPATCH_QUEUE = "HeraldDispatch";

  private TestBroker() {}

  public static void pauseDispatch() {
    imqcmd("pause", "dst", "-t", "q", "-n", DISPATCH_QUEUE, "-pst", "CONSUMERS");
  }

  public static void resumeDispatch() {
    imqcmd("resume", "dst", "-t", "q", "-n", DISPATCH_QUEUE);
  }

  private static void imqcmd(String... command) {
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
