/**
 * The seed's dynamic links: settings per link type, the signed links rendered into messages, and
 * the actions (opt in or out of marketing, accept a service request's response or resolution) a
 * recipient performs once from them.
 */
package org.herald.dynamiclink;
