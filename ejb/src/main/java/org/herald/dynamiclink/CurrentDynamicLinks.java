package org.herald.dynamiclink;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dynamic-link settings in force, read at most once per {@code herald.settings.refresh}: every
 * rendering of a message consults them. A change applies at once on this node, on others within the
 * refresh interval.
 */
@ApplicationScoped
public class CurrentDynamicLinks {

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "herald.settings.refresh", defaultValue = "PT10S")
  Duration refresh;

  private volatile Loaded loaded;

  private record Loaded(DynamicLinks links, Instant at) {}

  public DynamicLinks get() {
    Loaded snapshot = loaded;
    Instant now = Instant.now();
    if (snapshot == null || snapshot.at().plus(refresh).isBefore(now)) {
      snapshot =
          new Loaded(em.find(DynamicLinkSettings.class, DynamicLinkSettings.ID).snapshot(), now);
      loaded = snapshot;
    }
    return snapshot.links();
  }

  void invalidate() {
    loaded = null;
  }
}
