/**
 * Signed links Herald puts into messages: dynamic-link actions, click redirects, open pixels and
 * one-click unsubscribe. A token carries what the link does and is signed, so nothing a recipient
 * changes is accepted and no redirect target comes from the request.
 */
package org.herald.link;
