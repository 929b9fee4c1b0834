package org.herald.channel;

import org.herald.api.Medium;

/** What a channel delivers: the rendered message of one communication, to one recipient. */
public record OutgoingMessage(
    String communicationNumber, Medium medium, String recipient, String subject, String content) {}
