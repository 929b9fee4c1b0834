/**
 * Channels deliver one outgoing message to a peer (SMTP server, SMSC, external system) and report
 * the outcome as a result; a custom integration is one more {@link org.herald.channel.Channel}.
 */
package org.herald.channel;
