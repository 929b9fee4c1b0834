/** The JMS side of dispatch: requests carry only a queue entry id; the MDB hands it over. */
package org.herald.queue.jms;
