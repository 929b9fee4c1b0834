package org.herald.queue.jms;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.herald.queue.DispatchSignals;
import org.herald.queue.QueueSettings;

/**
 * Wakes dispatchers with an empty JMS message, sent after the caller's transaction has committed,
 * outside it: a create is a one-resource commit of the database, never a two-phase commit with the
 * broker, and its entries are in the database before any dispatcher looks. Wake-ups are not
 * persistent (a lost one only delays: the sweep finds overdue entries), and they are coalesced: a
 * node sends at most one per wake interval ({@code herald.queue.dispatch.wake-interval}, 20 ms)
 * however many commits ask, and one delayed wake-up per 10 ms of future time is enough however many
 * entries fall due then.
 *
 * <p>Wake-ups after commits are sent by one thread of their own (the waker), over one JMS context
 * it keeps: the committing thread may not use the broker any more (its transaction is completing),
 * and need not wait for it. A task handed to an executor per commit, each opening a context, cost
 * more than the send (each task captures the caller's context, a service lookup under Payara); a
 * commit now only sets a flag and unparks the waker.
 */
@ApplicationScoped
public class JmsDispatchSignals implements DispatchSignals {

  private static final System.Logger LOG = System.getLogger(JmsDispatchSignals.class.getName());

  /** The transaction's mark that it wakes a dispatcher when it commits. */
  private static final Object WAKE_ON_COMMIT = JmsDispatchSignals.class.getName() + ".wake";

  private static final long ROUNDING_MILLIS = 10;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject QueueSettings settings;

  @Resource ManagedThreadFactory threads;

  @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
  ConnectionFactory connections;

  @Resource(lookup = DispatchConsumer.QUEUE)
  Queue queue;

  /** A commit has asked for a wake-up that the waker has not sent yet. */
  private final AtomicBoolean wakeAsked = new AtomicBoolean();

  /** The message property that carries a delayed wake-up's time (epoch ms). */
  static final String DUE = "due";

  /** The times (epoch ms, rounded up) delayed wake-ups are already set for. */
  private final DelayedWakeUps wakeUpsSet = new DelayedWakeUps();

  private volatile boolean stopping;
  private Thread waker;

  @PostConstruct
  void startWaker() {
    waker = threads.newThread(this::sendWakeUps);
    waker.setName("herald-dispatch-waker");
    waker.setDaemon(true);
    waker.start();
  }

  @PreDestroy
  void stopWaker() {
    stopping = true;
    LockSupport.unpark(waker);
  }

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
    if (wakeUpsSet.setFor(due, now)) {
      try (JMSContext context = connections.createContext()) {
        send(context, due, due - now);
      } catch (RuntimeException e) {
        couldNotWake(e);
      }
    }
  }

  private void wakeSoon() {
    if (!wakeAsked.getAndSet(true)) {
      LockSupport.unpark(waker);
    }
  }

  /**
   * The waker: one wake-up also serves every commit that asked while it was on its way, or within
   * the wake interval after the one before. Without that interval a burst of creates sent nearly a
   * wake-up per commit (the send is quick), and each was an MDB delivery that found the loops busy
   * draining: a fifth of a drain's CPU went to the broker and the container delivering them.
   */
  private void sendWakeUps() {
    long interval = settings.wakeInterval().toNanos();
    long lastSent = System.nanoTime() - interval;
    JMSContext context = null;
    while (!stopping) {
      if (!wakeAsked.get()) {
        LockSupport.park(this);
        continue;
      }
      long early = lastSent + interval - System.nanoTime();
      if (early > 0) {
        LockSupport.parkNanos(this, early);
        continue;
      }
      wakeAsked.set(false);
      lastSent = System.nanoTime();
      try {
        if (context == null) {
          context = connections.createContext();
        }
        send(context, 0, 0);
      } catch (RuntimeException e) {
        couldNotWake(e);
        close(context); // opened again for the next wake-up: the broker may have restarted
        context = null;
      }
    }
    close(context);
  }

  /** A delayed wake-up for {@code due} was delivered: one for that time may be set again. */
  void delivered(long due) {
    wakeUpsSet.delivered(due);
  }

  private void send(JMSContext context, long due, long delayMillis) {
    JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT);
    if (delayMillis > 0) {
      producer.setDeliveryDelay(delayMillis).setProperty(DUE, due);
    }
    producer.send(queue, "wake");
  }

  private static void close(JMSContext context) {
    if (context == null) {
      return;
    }
    try {
      context.close();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.DEBUG, "Closing the waker's JMS context: {0}", e.toString());
    }
  }

  /** Only a delay: the sweep wakes a dispatcher for overdue entries. */
  private static void couldNotWake(RuntimeException e) {
    LOG.log(System.Logger.Level.WARNING, "Could not wake a dispatcher: {0}", e.toString());
  }
}
