/**
 * External systems (portals, mobile apps) and the queue entries they pull, as the REST API shows
 * them.
 */
package org.herald.api.externalsystem;
