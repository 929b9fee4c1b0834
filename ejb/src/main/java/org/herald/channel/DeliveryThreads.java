package org.herald.channel;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads delivery work runs on besides the dispatch MDB's: delivery receipts being recorded. A
 * plain pool of the server's managed threads, each made once with the application's context, not a
 * managed executor: Payara's captures the caller's context for every task, a service lookup through
 * the application's class loaders that was 12 % of the CPU of an SMS drain, one per receipt. Its
 * own pool, too, because the server's default executor runs one task at a time: receipts recorded
 * one by one, each waiting for its own commit, held the SMSC's deliveries to ~160 a second.
 */
@ApplicationScoped
public class DeliveryThreads {

  /** Threads at most: the SMPP receipts handled at once. */
  public static final int SIZE = 32;

  @Resource ManagedThreadFactory threads;

  private ExecutorService pool;

  /**
   * The pool, its threads started by the first call, which must come from a container thread: a
   * managed thread takes the context of the thread that makes it, and one made later by a task
   * handed in on jsmpp's thread would have none (its CDI beans come uninjected).
   */
  public synchronized ExecutorService executor() {
    if (pool == null) {
      ThreadPoolExecutor made =
          new ThreadPoolExecutor(
              SIZE, SIZE, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads);
      made.prestartAllCoreThreads();
      pool = made;
    }
    return pool;
  }

  @PreDestroy
  synchronized void stop() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
