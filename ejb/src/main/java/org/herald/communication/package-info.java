/**
 * Communications: the logged record of every interaction with a contact, and the one path that
 * sends them.
 */
package org.herald.communication;
