package org.herald.settings;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.api.Medium;

/** An immutable snapshot of the general settings, safe to share between threads. */
public record Settings(
    EmailServer emailServer,
    SmsServer smsServer,
    Set<Medium> allowedMedia,
    Map<Medium, Integer> characterLimits,
    Authorization authorization) {

  public Settings {
    authorization = authorization == null ? Authorization.NONE : authorization;
    allowedMedia = Set.copyOf(allowedMedia);
    characterLimits = Map.copyOf(characterLimits);
  }

  public boolean allows(Medium medium) {
    return allowedMedia.contains(medium);
  }

  public Optional<Integer> characterLimit(Medium medium) {
    return Optional.ofNullable(characterLimits.get(medium));
  }

  /** Whether Herald's own server for this medium is enabled (media without one: always). */
  public boolean serverEnabled(Medium medium) {
    return switch (medium) {
      case EMAIL -> emailServer.enabled();
      case SMS -> smsServer.enabled();
      default -> true;
    };
  }
}
