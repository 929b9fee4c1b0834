package org.herald.settings;

import java.util.Optional;
import org.herald.secret.SealedSecret;

/**
 * How to reach the SMTP server, and whether email may be sent at all. The password is sealed: the
 * channel opens it where it logs in.
 */
public record EmailServer(
    boolean enabled,
    String host,
    int port,
    String username,
    SealedSecret password,
    boolean startTls,
    String from) {

  public Optional<String> credentialsUser() {
    return Optional.ofNullable(username).filter(u -> !u.isBlank());
  }
}
