package org.herald.settings;

/** How to reach the SMSC over SMPP, and whether SMS may be sent at all. */
public record SmsServer(
    boolean enabled,
    String host,
    int port,
    String systemId,
    String password,
    String sourceAddress) {}
