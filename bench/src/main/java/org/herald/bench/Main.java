package org.herald.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.herald.bench.e2e.EndToEndBenchmark;
import org.herald.bench.e2e.KillTest;
import org.herald.bench.e2e.RunBenchmark;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Without arguments, runs the Payment Receipt benchmark briefly (1 fork, 3 × 1 s warm-up, 5 × 1 s
 * measured: about half a minute on two cores) and prints both engines' throughput and their ratio,
 * then the delivery benchmark. {@code delivery [N]} runs only the delivery benchmark, with N
 * messages per round (default 20,000). {@code e2e …} is the end-to-end benchmark that bench/e2e.sh
 * runs against a server it started, {@code kill …} the kill -9 test of dispatch that bench/kill.sh
 * runs, {@code runs …} the notification run benchmark that bench/runs.sh runs; {@code profile
 * FILE.jfr …} prints where a recorded server's time went. Any other arguments go to JMH ({@code -h}
 * lists the options).
 */
public final class Main {

  /** Herald's target against a general-purpose engine on the same template and values. */
  private static final double TARGET_RATIO = 3.0;

  private Main() {}

  /** Messages per round of the delivery benchmark when none are given. */
  private static final int DEFAULT_MESSAGES = 20_000;

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("e2e")) {
      EndToEndBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length > 0 && args[0].equals("kill")) {
      KillTest.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length > 0 && args[0].equals("runs")) {
      RunBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length > 1 && args[0].equals("profile")) {
      for (int i = 1; i < args.length; i++) {
        EndToEndBenchmark.summarize(java.nio.file.Path.of(args[i]));
      }
      return;
    }
    if (args.length > 0 && args[0].equals("delivery")) {
      delivery(args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_MESSAGES);
      return;
    }
    if (args.length > 0) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    paymentReceipt();
    delivery(DEFAULT_MESSAGES);
  }

  private static void delivery(int messages) throws Exception {
    System.out.printf(
        "Delivery: %,d messages per round to local sinks that discard them%n", messages);
    DeliveryBenchmark.Figures[] figures = DeliveryBenchmark.run(messages);
    System.out.println();
    for (DeliveryBenchmark.Figures medium : figures) {
      DeliveryBenchmark.print(medium);
    }
  }

  private static void paymentReceipt() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(PaymentReceiptBenchmark.class.getName())
            .forks(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .timeUnit(TimeUnit.SECONDS)
            .build();
    Map<String, Result<?>> scores = run(options);
    Result<?> herald = scores.get("herald");
    Result<?> mustache = scores.get("mustache");
    double ratio = herald.getScore() / mustache.getScore();

    System.out.println();
    System.out.println("Payment Receipt (en, plain), throughput:");
    System.out.printf(
        "  herald    %,14.0f ± %,.0f ops/s%n", herald.getScore(), herald.getScoreError());
    System.out.printf(
        "  mustache  %,14.0f ± %,.0f ops/s%n", mustache.getScore(), mustache.getScoreError());
    System.out.printf(
        "  herald/mustache = %.2f× (target ≥ %.0f×: %s)%n",
        ratio, TARGET_RATIO, ratio >= TARGET_RATIO ? "met" : "NOT met");
  }

  private static Map<String, Result<?>> run(Options options) throws RunnerException {
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Result<?>> byMethod = new HashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      byMethod.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result.getPrimaryResult());
    }
    return byMethod;
  }
}
