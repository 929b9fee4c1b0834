package org.herald.channel;

import org.herald.api.Medium;

/**
 * What a channel delivers: the rendered message of one communication, to one recipient. {@code
 * externalSystemId} names the external system it is for, if any (a webhook pushes it there).
 */
public record OutgoingMessage(
    String communicationNumber,
    Medium medium,
    String recipient,
    String subject,
    String content,
    String contactNumber,
    Long externalSystemId) {

  /** A message Herald delivers itself, its contact not needed by the channel. */
  public OutgoingMessage(
      String communicationNumber, Medium medium, String recipient, String subject, String content) {
    this(communicationNumber, medium, recipient, subject, content, null, null);
  }
}
