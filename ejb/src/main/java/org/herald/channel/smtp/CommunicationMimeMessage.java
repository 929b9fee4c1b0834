package org.herald.channel.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A MIME message whose Message-ID is derived from the communication number, so every attempt of one
 * communication carries the same ID and receivers can discard a duplicate.
 */
class CommunicationMimeMessage extends MimeMessage {

  private final String messageId;

  CommunicationMimeMessage(Session session, String communicationNumber, String domain) {
    super(session);
    this.messageId = "<" + communicationNumber + ".herald@" + domain + ">";
  }

  @Override
  protected void updateMessageID() throws MessagingException {
    setHeader("Message-ID", messageId);
  }
}
