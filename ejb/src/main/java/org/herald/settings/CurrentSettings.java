package org.herald.settings;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
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

  private RefreshedSnapshot<Settings> snapshot;

  @PostConstruct
  void init() {
    snapshot =
        new RefreshedSnapshot<>(
            () -> em.find(GeneralSettings.class, GeneralSettings.ID).snapshot(), refresh);
  }

  public Settings get() {
    return snapshot.get();
  }

  void invalidate() {
    snapshot.invalidate();
  }
}
