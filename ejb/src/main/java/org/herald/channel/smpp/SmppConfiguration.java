package org.herald.channel.smpp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMPP settings from MicroProfile Config ({@code herald.sms.smpp.*}), until General Settings
 * (stored in the database) take over.
 */
@ApplicationScoped
public class SmppConfiguration {

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.port", defaultValue = "2775")
  int port;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.system-id", defaultValue = "herald")
  String systemId;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.system-type")
  Optional<String> systemType;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.source-address", defaultValue = "Herald")
  String sourceAddress;

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

  public SmppSettings settings() {
    return new SmppSettings(
        enabled,
        host,
        port,
        systemId,
        password.orElse(""),
        systemType.orElse(""),
        sourceAddress,
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
