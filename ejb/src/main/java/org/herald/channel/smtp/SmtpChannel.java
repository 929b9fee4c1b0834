package org.herald.channel.smtp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.api.Medium;
import org.herald.channel.Channel;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;
import org.herald.settings.CurrentSettings;
import org.herald.settings.EmailServer;

/** Sends email through the SMTP server of the general settings, while it is enabled there. */
@ApplicationScoped
public class SmtpChannel implements Channel {

  @Inject CurrentSettings settings;

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.timeout-millis", defaultValue = "10000")
  int timeoutMillis;

  /** The mail session for the server it was built for; rebuilt when the settings change. */
  private volatile ServerSession current;

  private record ServerSession(EmailServer server, Session session) {}

  @Override
  public boolean serves(Medium medium) {
    return medium == Medium.EMAIL && settings.get().emailServer().enabled();
  }

  @Override
  public SendOutcome send(OutgoingMessage outgoing) {
    EmailServer server = settings.get().emailServer();
    Session session = sessionFor(server);
    try {
      MimeMessage message = compose(session, server, outgoing);
      try (Transport transport = session.getTransport("smtp")) {
        transport.connect(
            server.host(),
            server.port(),
            server.credentialsUser().orElse(null),
            server.credentialsUser().isPresent() ? server.password() : null);
        transport.sendMessage(message, message.getAllRecipients());
        return SendOutcome.delivered(((SMTPTransport) transport).getLastServerResponse());
      }
    } catch (MessagingException e) {
      return SmtpReplies.classify(e);
    }
  }

  private Session sessionFor(EmailServer server) {
    ServerSession known = current;
    if (known == null || !known.server().equals(server)) {
      Properties properties = new Properties();
      properties.put("mail.smtp.host", server.host());
      properties.put("mail.smtp.port", String.valueOf(server.port()));
      properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
      properties.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
      properties.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
      properties.put("mail.smtp.starttls.enable", String.valueOf(server.startTls()));
      properties.put("mail.smtp.auth", String.valueOf(server.credentialsUser().isPresent()));
      known = new ServerSession(server, Session.getInstance(properties));
      current = known;
    }
    return known.session();
  }

  private static MimeMessage compose(Session session, EmailServer server, OutgoingMessage outgoing)
      throws MessagingException {
    InternetAddress from = new InternetAddress(server.from());
    String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
    MimeMessage message =
        new CommunicationMimeMessage(session, outgoing.communicationNumber(), domain);
    message.setFrom(from);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(outgoing.recipient()));
    message.setSubject(outgoing.subject(), StandardCharsets.UTF_8.name());
    message.setText(outgoing.content(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    message.saveChanges();
    return message;
  }
}
