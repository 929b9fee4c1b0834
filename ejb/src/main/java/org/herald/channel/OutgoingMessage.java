package org.herald.channel;

import org.herald.api.Medium;

/**
 * What a channel delivers: the rendered message of one communication, to one recipient. {@code
 * externalSystemId} names the external system it is for, if any (a webhook pushes it there); {@code
 * listUnsubscribe} is the one-click unsubscribe address of a marketing email (RFC 8058), else null.
 */
public record OutgoingMessage(
    String communicationNumber,
    Medium medium,
    String recipient,
    String subject,
    String content,
    String contactNumber,
    Long externalSystemId,
    String listUnsubscribe) {

  /** A message Herald delivers itself, its contact not needed by the channel. */
  public OutgoingMessage(
      String communicationNumber, Medium medium, String recipient, String subject, String content) {
    this(communicationNumber, medium, recipient, subject, content, null, null, null);
  }

  /** The same message with other content (links rewritten for tracking, say). */
  public OutgoingMessage withContent(String newContent) {
    return new OutgoingMessage(
        communicationNumber,
        medium,
        recipient,
        subject,
        newContent,
        contactNumber,
        externalSystemId,
        listUnsubscribe);
  }

  /** The same message, carrying a one-click unsubscribe address. */
  public OutgoingMessage withListUnsubscribe(String address) {
    return new OutgoingMessage(
        communicationNumber,
        medium,
        recipient,
        subject,
        content,
        contactNumber,
        externalSystemId,
        address);
  }
}
