/**
 * The JMS transport of the queue's dispatch signals ({@link org.herald.queue.DispatchSignals}): an
 * empty message is a wake-up; the MDB has the queue's dispatcher deliver what is due.
 */
package org.herald.queue.jms;
