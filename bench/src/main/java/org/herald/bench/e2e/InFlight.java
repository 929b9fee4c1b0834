package org.herald.bench.e2e;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * Sends requests 0 … n-1 with a fixed number in flight (one blocking client thread each, so a slow
 * answer holds its slot as a real caller's would), timing each from send to whole response.
 */
final class InFlight {

  /** Latencies up to a minute, to three significant digits, in microseconds. */
  static Histogram histogram() {
    return new Histogram(60_000_000L, 3);
  }

  /** What a run took: wall time and each request's latency. */
  record Run(int requests, long startNanos, long endNanos, Histogram latency) {
    double seconds() {
      return (endNanos - startNanos) / 1e9;
    }

    double perSecond() {
      return requests / seconds();
    }
  }

  private InFlight() {}

  /** Every response must have status {@code expected}; the first that does not ends the run. */
  static Run run(HeraldApi api, int n, int inFlight, IntFunction<HttpRequest> request, int expected)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(inFlight);
    List<Future<Histogram>> running = new ArrayList<>();
    long start = System.nanoTime();
    try {
      for (int t = 0; t < inFlight; t++) {
        running.add(
            threads.submit(
                () -> {
                  Histogram latency = histogram();
                  for (int i; (i = next.getAndIncrement()) < n; ) {
                    HttpRequest sent = request.apply(i);
                    long before = System.nanoTime();
                    HttpResponse<String> response = api.send(sent);
                    latency.recordValue((System.nanoTime() - before) / 1_000);
                    HeraldApi.expect(response, expected);
                  }
                  return latency;
                }));
      }
      Histogram all = histogram();
      for (Future<Histogram> thread : running) {
        all.add(thread.get());
      }
      return new Run(n, start, System.nanoTime(), all);
    } finally {
      next.set(n);
      threads.shutdownNow();
    }
  }
}
