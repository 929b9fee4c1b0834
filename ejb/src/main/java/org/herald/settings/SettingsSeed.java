package org.herald.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes the email and SMS servers of the general settings from configuration (herald.mail.*,
 * herald.sms.smpp.*) at the first start; from then on the database wins and they change over REST.
 * The first migration stores the rest: all media allowed, the seed's limits (SMS 160, email 1000).
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "Secrets"})
public class SettingsSeed {

  private static final System.Logger LOG = System.getLogger(SettingsSeed.class.getName());

  @Inject GeneralSettingsService settings;

  @Inject
  @ConfigProperty(name = "herald.mail.enabled", defaultValue = "true")
  boolean mailEnabled;

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.host", defaultValue = "localhost")
  String smtpHost;

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.port", defaultValue = "25")
  int smtpPort;

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.username")
  Optional<String> smtpUsername;

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.password")
  Optional<String> smtpPassword;

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.starttls", defaultValue = "false")
  boolean smtpStartTls;

  @Inject
  @ConfigProperty(name = "herald.mail.from", defaultValue = "herald@localhost")
  String mailFrom;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.enabled", defaultValue = "false")
  boolean smsEnabled;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.host", defaultValue = "localhost")
  String smppHost;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.port", defaultValue = "2775")
  int smppPort;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.system-id", defaultValue = "herald")
  String smppSystemId;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.password")
  Optional<String> smppPassword;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.source-address", defaultValue = "Herald")
  String smsSourceAddress;

  @PostConstruct
  void seed() {
    boolean seeded =
        settings.seedServers(
            new EmailServer(
                mailEnabled,
                smtpHost,
                smtpPort,
                smtpUsername.orElse(null),
                null,
                smtpStartTls,
                mailFrom),
            new SmsServer(smsEnabled, smppHost, smppPort, smppSystemId, null, smsSourceAddress),
            new ServerPasswords(smtpPassword.orElse(null), smppPassword.orElse(null)));
    if (seeded) {
      LOG.log(System.Logger.Level.INFO, "General settings: servers taken from configuration");
    }
  }
}
