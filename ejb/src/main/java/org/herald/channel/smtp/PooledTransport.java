package org.herald.channel.smtp;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.OutputStream;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * An SMTP connection that may carry many messages, and that knows how far the last one got: until
 * the server has accepted the DATA command, a failure cannot have delivered the message, so it may
 * be sent again on another connection without risking a duplicate.
 */
final class PooledTransport extends SMTPTransport {

  private boolean dataAccepted;
  private boolean reused;

  PooledTransport(Session session) {
    super(session, new URLName("smtp", null, -1, null, null, null));
  }

  @Override
  public synchronized void sendMessage(Message message, Address[] addresses)
      throws MessagingException {
    dataAccepted = false;
    super.sendMessage(message, addresses);
  }

  /** Returns once the server answered DATA with 354: from here on, it may take the message. */
  @Override
  protected OutputStream data() throws MessagingException {
    OutputStream stream = super.data();
    dataAccepted = true;
    return stream;
  }

  /** Whether the server accepted DATA during the last {@link #sendMessage}. */
  synchronized boolean dataAccepted() {
    return dataAccepted;
  }

  /**
   * Whether this connection carried an earlier message (so the server may have dropped it idle).
   */
  boolean reused() {
    return reused;
  }

  void markReused() {
    reused = true;
  }
}
