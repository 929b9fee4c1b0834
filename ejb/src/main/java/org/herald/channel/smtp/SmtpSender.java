package org.herald.channel.smtp;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import org.herald.channel.Handover;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;
import org.herald.settings.EmailServer;

/**
 * Herald's side of the SMTP conversation with one server: composes each communication's email and
 * sends it over a pooled connection, reporting the outcome as a result. Plain Java: {@link
 * SmtpChannel} makes one per server setting and wires it into the container; tests and the
 * benchmark run it against a real SMTP server.
 *
 * <p>A pooled connection the server has meanwhile dropped fails at once, before the message went
 * out; such a send is repeated once on a new connection. A failure once the server accepted DATA is
 * never repeated here: the server may have taken the message, and the queue's retry (with the same
 * Message-ID) is the place to decide.
 */
public final class SmtpSender implements AutoCloseable {

  private final EmailServer server;
  private final Session session;
  private final SmtpConnections connections;
  private final InternetAddress from;
  private final String messageIdDomain;
  private final String invalidFrom;

  /**
   * @param password the server's password in clear (its own is sealed), null for none
   * @param timeout for connecting, reading and writing, and for waiting for a free connection
   * @param poolSize how many connections to the server may be open at once
   */
  public SmtpSender(EmailServer server, String password, Duration timeout, int poolSize) {
    StreamProviderLookup.skipServiceLoader();
    this.server = server;
    this.session = Session.getInstance(properties(server, timeout));
    this.connections = new SmtpConnections(server, password, session, poolSize, timeout);
    InternetAddress parsed = null;
    String problem = null;
    try {
      parsed = new InternetAddress(server.from(), true);
    } catch (AddressException e) {
      problem = "Invalid sender address in the settings: " + e.getMessage();
    }
    this.from = parsed;
    this.invalidFrom = problem;
    this.messageIdDomain =
        parsed == null
            ? "localhost"
            : parsed.getAddress().substring(parsed.getAddress().indexOf('@') + 1);
  }

  public EmailServer server() {
    return server;
  }

  private String peer() {
    return server.host() + ":" + server.port();
  }

  public SendOutcome send(OutgoingMessage outgoing) {
    return send(outgoing, Handover.NONE);
  }

  /** Sends, telling {@code handover} once a connection is held for the message. */
  public SendOutcome send(OutgoingMessage outgoing, Handover handover) {
    if (from == null) {
      // The operator can fix the settings; until then the queue retries.
      return SendOutcome.transientFailure("INVALID_SENDER", invalidFrom);
    }
    MimeMessage message;
    try {
      message = compose(outgoing);
    } catch (MessagingException e) {
      return SmtpReplies.classify(e, peer());
    }
    PooledTransport transport;
    try {
      transport = connections.take();
    } catch (MessagingException e) {
      return SmtpReplies.classify(e, peer());
    } catch (SmtpConnections.BusyException e) {
      return SendOutcome.transientFailure("BUSY", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SendOutcome.transientFailure("INTERRUPTED", "Interrupted waiting for a connection");
    }
    try {
      handover.begins();
    } catch (RuntimeException e) {
      connections.giveBack(transport); // nothing went over it
      throw e;
    }
    return send(message, transport);
  }

  private SendOutcome send(MimeMessage message, PooledTransport transport) {
    try {
      transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException e) {
      if (!transport.reused() || transport.dataAccepted() || SmtpReplies.answered(e)) {
        return failed(transport, e);
      }
      // A pooled connection the server had closed: nothing was sent, so once more on a new one.
      try {
        transport = connections.replace(transport);
      } catch (MessagingException again) {
        return SmtpReplies.classify(again, peer());
      }
      try {
        transport.sendMessage(message, message.getAllRecipients());
      } catch (MessagingException again) {
        return failed(transport, again);
      }
    }
    String reply = transport.getLastServerResponse();
    connections.giveBack(transport);
    return SendOutcome.delivered(reply);
  }

  /**
   * A server that answered with a reply code still holds the conversation (Jakarta Mail resets it),
   * so the connection serves the next message; anything else may have left it half-way.
   */
  private SendOutcome failed(PooledTransport transport, MessagingException failure) {
    if (SmtpReplies.answered(failure)) {
      connections.giveBack(transport);
    } else {
      connections.discard(transport);
    }
    return SmtpReplies.classify(failure, peer());
  }

  private MimeMessage compose(OutgoingMessage outgoing) throws MessagingException {
    MimeMessage message =
        new CommunicationMimeMessage(session, outgoing.communicationNumber(), messageIdDomain);
    message.setFrom(from);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(outgoing.recipient()));
    message.setSubject(outgoing.subject(), StandardCharsets.UTF_8.name());
    EmailBody.of(outgoing.content()).writeTo(message);
    if (outgoing.listUnsubscribe() != null) {
      // RFC 8058: mail providers POST "List-Unsubscribe=One-Click" to the address, no page shown.
      message.setHeader("List-Unsubscribe", "<" + outgoing.listUnsubscribe() + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    message.setSentDate(new Date());
    message.saveChanges();
    return message;
  }

  private static Properties properties(EmailServer server, Duration timeout) {
    String millis = String.valueOf(timeout.toMillis());
    Properties properties = new Properties();
    properties.put("mail.smtp.host", server.host());
    properties.put("mail.smtp.port", String.valueOf(server.port()));
    properties.put("mail.smtp.connectiontimeout", millis);
    properties.put("mail.smtp.timeout", millis);
    properties.put("mail.smtp.writetimeout", millis);
    properties.put("mail.smtp.starttls.enable", String.valueOf(server.startTls()));
    properties.put("mail.smtp.auth", String.valueOf(server.credentialsUser().isPresent()));
    return properties;
  }

  /** Closes the idle connections now and the busy ones as their sends finish. */
  @Override
  public void close() {
    connections.close();
  }
}
