package org.herald.channel.smpp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

  /** The SMSC of the general settings, with this node's tunables. */
  public SmppSettings settings() {
    SmsServer server = settings.get().smsServer();
    return new SmppSettings(
        server.enabled(),
        server.host(),
        server.port(),
        server.systemId(),
        server.password() == null ? "" : server.password(),
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
