package org.herald.channel.smpp;

import java.time.Duration;

/**
 * How to reach and talk to the SMSC. A plain value, so the channel's classes run without a
 * container; {@link SmppConfiguration} reads it from MicroProfile Config.
 *
 * @param window how many submit_sm may await their response at once
 * @param enquireLinkInterval idle time after which an enquire_link checks the bind
 * @param receiptTimeout how long the parts of a concatenated message are remembered, waiting for
 *     their receipts
 * @param rebindDelay the wait before binding again after the bind dropped; it doubles after each
 *     failed bind, up to {@code rebindMaxDelay}
 */
public record SmppSettings(
    boolean enabled,
    String host,
    int port,
    String systemId,
    String password,
    String systemType,
    String sourceAddress,
    byte sourceTon,
    byte sourceNpi,
    int window,
    Duration bindTimeout,
    Duration responseTimeout,
    Duration enquireLinkInterval,
    Duration receiptTimeout,
    Duration rebindDelay,
    Duration rebindMaxDelay) {

  public SmppSettings {
    if (window < 1) {
      throw new IllegalArgumentException("herald.sms.smpp.window must be at least 1");
    }
  }

  /** Never the password. */
  @Override
  public String toString() {
    return "SmppSettings[" + systemId + "@" + host + ":" + port + "]";
  }

  /** The wait before the bind attempt that follows {@code failedBinds} failed ones. */
  Duration rebindDelayAfter(int failedBinds) {
    Duration delay = rebindDelay.multipliedBy(1L << Math.min(failedBinds, 20));
    return delay.compareTo(rebindMaxDelay) > 0 ? rebindMaxDelay : delay;
  }
}
