/** The seed's simple dashboard tool: delivery figures and the queue's backlog, counted in SQL. */
package org.herald.analytics;
