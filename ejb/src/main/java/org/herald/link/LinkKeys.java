package org.herald.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The link keys in force, as every send and every click reads them: from memory. {@link SigningKey}
 * (the singleton that stores, rotates and loads them) publishes them here whenever it loads them,
 * and is asked again only once they are older than {@code herald.settings.refresh}. Asking the
 * singleton itself for every link went through the EJB container each time (its transaction,
 * security and invocation bookkeeping), a tenth of a notification run's CPU.
 */
@ApplicationScoped
public class LinkKeys {

  @Inject SigningKey signingKey;

  @Inject
  @ConfigProperty(name = "herald.settings.refresh", defaultValue = "PT10S")
  Duration refresh;

  private record Published(LinkTokens tokens, Instant at) {}

  private volatile Published published;

  /** The keys in force: as last loaded, or loaded again when that was a refresh ago. */
  public LinkTokens tokens() {
    Published current = published;
    if (current != null && current.at().plus(refresh).isAfter(Instant.now())) {
      return current.tokens();
    }
    return signingKey.tokens();
  }

  void publish(LinkTokens tokens, Instant at) {
    published = new Published(tokens, at);
  }
}
