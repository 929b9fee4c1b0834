package org.herald.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds back and lets go Herald's dispatch without touching Herald: the server's own message broker
 * (OpenMQ, administered with {@code imqcmd}) pauses delivery to the consumers of every application
 * queue, while producers go on sending; resuming delivers what piled up. Whatever Herald dispatches
 * without a JMS message (a timer's sweep) is not held back: the benchmark checks how much reached
 * the sink during the pause and says so.
 */
final class Dispatch {

  private final List<String> broker;

  /**
   * @param imqcmd the broker's command-line administration tool
   * @param port the broker's port (the domain's portbase + 76)
   */
  Dispatch(Path imqcmd, int port) throws IOException {
    Path passwords = Files.createTempFile("imqcmd", ".properties");
    passwords.toFile().deleteOnExit();
    // The embedded broker's default administrator.
    Files.writeString(passwords, "imq.imqcmd.password=admin\n");
    broker =
        List.of(
            imqcmd.toString(),
            "-b",
            "localhost:" + port,
            "-u",
            "admin",
            "-passfile",
            passwords.toString(),
            "-f");
  }

  /** Pauses delivery to consumers of every application queue; answers their names. */
  List<String> pause() throws IOException, InterruptedException {
    List<String> queues = queues();
    for (String queue : queues) {
      imqcmd("pause", "dst", "-t", "q", "-n", queue, "-pst", "CONSUMERS");
    }
    return queues;
  }

  void resume(List<String> queues) throws IOException, InterruptedException {
    for (String queue : queues) {
      imqcmd("resume", "dst", "-t", "q", "-n", queue);
    }
  }

  /** The physical queues the application defined (the broker's own start with "mq."). */
  private List<String> queues() throws IOException, InterruptedException {
    List<String> names = new ArrayList<>();
    for (String line : imqcmd("list", "dst", "-t", "q").split("\n")) {
      String[] columns = line.trim().split("\\s+");
      if (columns.length > 2 && columns[1].equals("Queue") && !columns[0].startsWith("mq.")) {
        names.add(columns[0]);
      }
    }
    if (names.isEmpty()) {
      throw new IllegalStateException("The broker lists no application queue to pause");
    }
    return names;
  }

  private String imqcmd(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(broker.subList(0, 1));
    command.addAll(List.of(arguments));
    command.addAll(broker.subList(1, broker.size()));
    return Commands.run(command);
  }
}
