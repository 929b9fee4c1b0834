package org.herald.channel.webhook;

import org.herald.api.Medium;
import org.herald.channel.OutgoingMessage;

/** The JSON a webhook receives: one communication to deliver. */
public record WebhookPayload(
    String communication,
    String contact,
    Medium medium,
    String recipient,
    String subject,
    String content) {

  static WebhookPayload of(OutgoingMessage message) {
    return new WebhookPayload(
        message.communicationNumber(),
        message.contactNumber(),
        message.medium(),
        message.recipient(),
        message.subject(),
        message.content());
  }
}
