/**
 * Pushes communications to an external system's webhook: an HTTP POST of JSON, signed with
 * HMAC-SHA256, for custom systems that want a push instead of polling; only to addresses the
 * operator allows ({@link org.herald.channel.webhook.WebhookUrlPolicy}), and reading no more of the
 * answer than a diagnosis needs.
 */
package org.herald.channel.webhook;
