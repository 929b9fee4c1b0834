/**
 * The communication queue: one entry per outgoing communication to deliver, its life cycle, the
 * atomic claim that keeps every entry from being sent twice, retries and expiry.
 */
package org.herald.queue;
