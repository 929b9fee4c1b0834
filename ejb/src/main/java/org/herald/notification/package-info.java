/**
 * Notification types and notification runs: bulk notifications to the contacts of a type's items,
 * as a Jakarta Batch job that streams, checkpoints and resumes.
 */
package org.herald.notification;
