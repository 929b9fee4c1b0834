/**
 * Rules every message shares, whoever writes it: how its length is counted against its medium's
 * limit, and how its body is rendered so that no value becomes markup.
 */
package org.herald.message;
