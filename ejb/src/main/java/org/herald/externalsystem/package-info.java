/**
 * External systems (customer portals, mobile apps) that process communications themselves: they
 * authenticate with their own API key and pull and settle their own queue entries.
 */
package org.herald.externalsystem;
