/** Notification types and notification runs: the seed's bulk notifications. */
package org.herald.api.notification;
