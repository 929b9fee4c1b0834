/**
 * The communication queue: one entry per outgoing communication to deliver, its life cycle, the
 * atomic claim that keeps every entry from being sent twice, retries and expiry; and the entries
 * external systems pull ({@link org.herald.queue.PulledEntries}).
 */
package org.herald.queue;
