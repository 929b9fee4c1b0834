/** The JMS side of business events: the queue that carries accepted events to processing. */
package org.herald.event.jms;
