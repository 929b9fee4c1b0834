package org.herald.settings;

import org.herald.secret.SealedSecret;

/**
 * How to reach the SMSC over SMPP, and whether SMS may be sent at all. The password is sealed: the
 * channel opens it where it binds.
 */
public record SmsServer(
    boolean enabled,
    String host,
    int port,
    String systemId,
    SealedSecret password,
    String sourceAddress) {}
