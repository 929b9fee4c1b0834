package org.herald.channel.smpp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.secret.Secrets;
import org.herald.settings.CurrentSettings;
import org.herald.settings.SmsServer;

/**
 * The SMPP settings: the SMSC (enabled, address, credentials, sender) from the general settings,
 * which admins change at run time; how to talk to it (window, timeouts, rebind) from MicroProfile
 * Config ({@code herald.sms.smpp.*}), as operators tune each node.
 */
@ApplicationScoped
public class SmppConfiguration {

  @Inject CurrentSettings settings;
  @Inject Secrets secrets;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.system-type")
  Optional<String> systemType;

  /** 5: alphanumeric sender; 1: international number. */
  @Inject
  @ConfigProperty(name = "herald.sms.smpp.source-ton", defaultValue = "5")
  int sourceTon;

  /** 0: unknown (alphanumeric senders); 1: ISDN (E.164 numbers). */
  @Inject
  @ConfigProperty(name = "herald.sms.smpp.source-npi", defaultValue = "0")
  int sourceNpi;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.window", defaultValue = "10")
  int window;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.bind-timeout", defaultValue = "PT10S")
  Duration bindTimeout;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.response-timeout", defaultValue = "PT10S")
  Duration responseTimeout;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.enquire-link-interval", defaultValue = "PT30S")
  Duration enquireLinkInterval;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.receipt-timeout", defaultValue = "P2D")
  Duration receiptTimeout;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.rebind-delay", defaultValue = "PT1S")
  Duration rebindDelay;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.rebind-max-delay", defaultValue = "PT1M")
  Duration rebindMaxDelay;

  /** The settings last made, and the SMSC they were made for. */
  private record Made(SmsServer server, SmppSettings settings) {}

  private volatile Made made;

  /**
   * The SMSC of the general settings, with this node's tunables. Its password is opened when the
   * SMSC setting changes, not for every message.
   */
  public SmppSettings settings() {
    SmsServer server = settings.get().smsServer();
    Made last = made;
    if (last != null && last.server().equals(server)) {
      return last.settings();
    }
    SmppSettings fresh = settings(server);
    made = new Made(server, fresh);
    return fresh;
  }

  private SmppSettings settings(SmsServer server) {
    return new SmppSettings(
        server.enabled(),
        server.host(),
        server.port(),
        server.systemId(),
        server.password() == null ? "" : secrets.open(server.password()),
        systemType.orElse(""),
        server.sourceAddress(),
        (byte) sourceTon,
        (byte) sourceNpi,
        window,
        bindTimeout,
        responseTimeout,
        enquireLinkInterval,
        receiptTimeout,
        rebindDelay,
        rebindMaxDelay);
  }
}
