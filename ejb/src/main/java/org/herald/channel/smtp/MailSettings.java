package org.herald.channel.smtp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How to reach the SMTP server. From MicroProfile Config until General Settings (stored in the
 * database) take over.
 */
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.timeout-millis", defaultValue = "10000")
  int timeoutMillis;

  @Inject
  @ConfigProperty(name = "herald.mail.from", defaultValue = "herald@localhost")
  String from;

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public Optional<String> username() {
    return username;
  }

  public Optional<String> password() {
    return password;
  }

  public boolean startTls() {
    return startTls;
  }

  public int timeoutMillis() {
    return timeoutMillis;
  }

  public String from() {
    return from;
  }
}
