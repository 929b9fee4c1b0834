/**
 * Pushes communications to an external system's webhook: an HTTP POST of JSON, signed with
 * HMAC-SHA256, for custom systems that want a push instead of polling.
 */
package org.herald.channel.webhook;
