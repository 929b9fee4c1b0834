package org.herald.tracking;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.settings.RefreshedSnapshot;

/**
 * The tracking settings in force, read at most once per {@code herald.settings.refresh} (every
 * email sent consults them). A change on this node applies at once; on others within the interval.
 */
@ApplicationScoped
public class CurrentTracking {

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "herald.settings.refresh", defaultValue = "PT10S")
  Duration refresh;

  private RefreshedSnapshot<TrackingSettings> snapshot;

  @PostConstruct
  void init() {
    snapshot =
        new RefreshedSnapshot<>(
            () -> em.find(TrackingSettingsRow.class, TrackingSettingsRow.ID).snapshot(), refresh);
  }

  public TrackingSettings get() {
    return snapshot.get();
  }

  void invalidate() {
    snapshot.invalidate();
  }
}
