package org.herald.channel.smtp;

import jakarta.annotation.PostConstruct;
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
import org.herald.api.Medium;
import org.herald.channel.Channel;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;

/** Sends email through the configured SMTP server. */
@ApplicationScoped
public class SmtpChannel implements Channel {

  @Inject MailSettings settings;

  private Session session;

  @PostConstruct
  void openSession() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", String.valueOf(settings.port()));
    properties.put("mail.smtp.connectiontimeout", String.valueOf(settings.timeoutMillis()));
    properties.put("mail.smtp.timeout", String.valueOf(settings.timeoutMillis()));
    properties.put("mail.smtp.writetimeout", String.valueOf(settings.timeoutMillis()));
    properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
    properties.put("mail.smtp.auth", String.valueOf(settings.username().isPresent()));
    session = Session.getInstance(properties);
  }

  @Override
  public boolean serves(Medium medium) {
    return medium == Medium.EMAIL;
  }

  @Override
  public SendOutcome send(OutgoingMessage outgoing) {
    try {
      MimeMessage message = compose(outgoing);
      try (Transport transport = session.getTransport("smtp")) {
        transport.connect(
            settings.host(),
            settings.port(),
            settings.username().orElse(null),
            settings.password().orElse(null));
        transport.sendMessage(message, message.getAllRecipients());
        return SendOutcome.delivered(((SMTPTransport) transport).getLastServerResponse());
      }
    } catch (MessagingException e) {
      return SmtpReplies.classify(e);
    }
  }

  private MimeMessage compose(OutgoingMessage outgoing) throws MessagingException {
    InternetAddress from = new InternetAddress(settings.from());
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
