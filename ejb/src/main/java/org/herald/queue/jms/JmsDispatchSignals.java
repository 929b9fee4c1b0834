package org.herald.queue.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.herald.channel.DeliveryThreads;
import org.herald.queue.DispatchSignals;

/**
 * Wakes dispatchers with an empty JMS message, sent after the caller's transaction has committed,
 * outside it: a create is a one-resource commit of the database, never a two-phase commit with the
 * broker, and its entries are in the database before any dispatcher looks. Wake-ups are not
 * persistent (a lost one only delays: the sweep finds overdue entries), and they are coalesced:
 * while one is on its way, commits add none, and one delayed wake-up per 10 ms of future time is
 * enough however many entries fall due then.
 */
@ApplicationScoped
public class JmsDispatchSignals implements DispatchSignals {

  private static final System.Logger LOG = System.getLogger(JmsDispatchSignals.class.getName());

  /** The transaction's mark that it wakes a dispatcher when it commits. */
  private static final Object WAKE_ON_COMMIT = JmsDispatchSignals.class.getName() + ".wake";

  private static final long ROUNDING_MILLIS = 10;

  @Resource TransactionSynchronizationRegistry transactions;

  @Resource(lookup = DeliveryThreads.EXECUTOR)
  ManagedExecutorService executor;

  @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
  ConnectionFactory connections;

  @Resource(lookup = DispatchConsumer.QUEUE)
  Queue queue;

  private final AtomicBoolean wakeUnderWay = new AtomicBoolean();

  /** The times (epoch ms, rounded up) delayed wake-ups are already set for. */
  private final ConcurrentSkipListSet<Long> wakeUpsSet = new ConcurrentSkipListSet<>();

  @Override
  public void wake() {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      wakeSoon();
    } else if (transactions.getResource(WAKE_ON_COMMIT) == null) {
      transactions.putResource(WAKE_ON_COMMIT, Boolean.TRUE);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                wakeSoon();
              }
            }
          });
    }
  }

  @Override
  public void wakeAt(Instant at) {
    long now = System.currentTimeMillis();
    long due =
        Math.floorDiv(at.toEpochMilli() + ROUNDING_MILLIS - 1, ROUNDING_MILLIS) * ROUNDING_MILLIS;
    if (due <= now) {
      wakeSoon();
      return;
    }
    wakeUpsSet.headSet(now).clear();
    if (wakeUpsSet.add(due)) {
      send(due - now);
    }
  }

  /**
   * On a thread of its own: the committing thread may not use the broker any more (its transaction
   * is completing), and the caller need not wait for the broker. One at a time: a wake-up sent
   * after a commit also serves every commit before it.
   */
  private void wakeSoon() {
    if (wakeUnderWay.compareAndSet(false, true)) {
      try {
        executor.execute(
            () -> {
              wakeUnderWay.set(false);
              send(0);
            });
      } catch (RejectedExecutionException e) {
        wakeUnderWay.set(false); // the server is stopping: the sweep of the next start finds them
      }
    }
  }

  private void send(long delayMillis) {
    try (JMSContext context = connections.createContext()) {
      JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT);
      if (delayMillis > 0) {
        producer.setDeliveryDelay(delayMillis);
      }
      producer.send(queue, "wake");
    } catch (RuntimeException e) {
      // Only a delay: the sweep wakes a dispatcher for overdue entries.
      LOG.log(System.Logger.Level.WARNING, "Could not wake a dispatcher: {0}", e.toString());
    }
  }
}
