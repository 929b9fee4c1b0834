package org.herald.settings;

import java.util.Optional;

/** How to reach the SMTP server, and whether email may be sent at all. */
public record EmailServer(
    boolean enabled,
    String host,
    int port,
    String username,
    String password,
    boolean startTls,
    String from) {

  public Optional<String> credentialsUser() {
    return Optional.ofNullable(username).filter(u -> !u.isBlank());
  }
}
