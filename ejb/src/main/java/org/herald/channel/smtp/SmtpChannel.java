package org.herald.channel.smtp;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.api.Medium;
import org.herald.channel.Channel;
import org.herald.channel.Handover;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;
import org.herald.secret.Secrets;
import org.herald.settings.CurrentSettings;
import org.herald.settings.EmailServer;

/**
 * Sends email through the SMTP server of the general settings, while it is enabled there. The
 * sender and its connections are kept for the server they were made for, replaced when an admin
 * changes the server, and closed when the application stops.
 */
@ApplicationScoped
public class SmtpChannel implements Channel {

  @Inject CurrentSettings settings;
  @Inject Secrets secrets;

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.timeout-millis", defaultValue = "10000")
  int timeoutMillis;

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.pool-size", defaultValue = "4")
  int poolSize;

  /** The sender for the server it was made for. */
  private volatile SmtpSender sender;

  @Override
  public boolean serves(Medium medium) {
    return medium == Medium.EMAIL && settings.get().emailServer().enabled();
  }

  @Override
  public SendOutcome send(OutgoingMessage message, Handover handover) {
    return senderFor(settings.get().emailServer()).send(message, handover);
  }

  private SmtpSender senderFor(EmailServer server) {
    SmtpSender current = sender;
    if (current != null && current.server().equals(server)) {
      return current; // every send but the first after a change: no lock
    }
    synchronized (this) {
      if (sender == null || !sender.server().equals(server)) {
        if (sender != null) {
          // Sends under way on the old server finish there; their connections close afterwards.
          sender.close();
        }
        // The password is opened here, once per server setting, where the sender logs in with it.
        sender =
            new SmtpSender(
                server,
                secrets.open(server.password()),
                Duration.ofMillis(timeoutMillis),
                poolSize);
      }
      return sender;
    }
  }

  @PreDestroy
  synchronized void closeConnections() {
    if (sender != null) {
      sender.close();
    }
  }
}
