package org.herald.bench.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a command line to its end and answers what it printed; a failure is an exception. */
final class Commands {

  private Commands() {}

  static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IOException(String.join(" ", command) + " exited with " + exit + ": " + output);
    }
    return output;
  }
}
