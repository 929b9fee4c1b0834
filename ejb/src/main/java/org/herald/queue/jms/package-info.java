/**
 * The JMS transport of the queue's dispatch signals ({@link org.herald.queue.DispatchSignals}): a
 * message carries only a queue entry id; the MDB hands it to the queue's dispatcher.
 */
package org.herald.queue.jms;
