package org.herald.channel;

/**
 * The managed executor delivery work runs on besides the dispatch MDB's threads: delivery receipts
 * being recorded, dispatchers being woken. Defined by the application (see {@code
 * queue.jms.DispatchConsumer}) because the server's default one runs its tasks on a single thread
 * in Payara (a core pool of none and an unbounded queue): receipts recorded one at a time, each
 * waiting for its own commit, held the SMSC's deliveries to ~160 a second.
 */
public final class DeliveryThreads {

  public static final String EXECUTOR = "java:app/concurrent/HeraldDelivery";

  /** Threads at most: the SMPP receipts handled at once, and room for wake-ups. */
  public static final int SIZE = 32;

  private DeliveryThreads() {}
}
