/**
 * Idempotency keys of create requests: a repeat of a request answers what the first one made, and a
 * key reused for another request is refused.
 */
package org.herald.idempotency;
