package org.herald.dynamiclink;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.settings.RefreshedSnapshot;

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

  private RefreshedSnapshot<DynamicLinks> snapshot;

  @PostConstruct
  void init() {
    snapshot =
        new RefreshedSnapshot<>(
            () -> em.find(DynamicLinkSettings.class, DynamicLinkSettings.ID).snapshot(), refresh);
  }

  public DynamicLinks get() {
    return snapshot.get();
  }

  void invalidate() {
    snapshot.invalidate();
  }
}
