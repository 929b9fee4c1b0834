package org.herald.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings in force, read from the database at most once per {@code herald.settings.refresh}
 * (every send consults them). A change on this node applies at once; on other nodes within the
 * refresh interval.
 */
@ApplicationScoped
public class CurrentSettings {

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "herald.settings.refresh", defaultValue = "PT10S")
  Duration refresh;

  private volatile Loaded loaded;

  private record Loaded(Settings settings, Instant at) {}

  public Settings get() {
    Loaded snapshot = loaded;
    Instant now = Instant.now();
    if (snapshot == null || snapshot.at().plus(refresh).isBefore(now)) {
      snapshot = new Loaded(em.find(GeneralSettings.class, GeneralSettings.ID).snapshot(), now);
      loaded = snapshot;
    }
    return snapshot.settings();
  }

  void invalidate() {
    loaded = null;
  }
}
