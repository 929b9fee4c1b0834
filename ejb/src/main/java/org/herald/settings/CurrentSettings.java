package org.herald.settings;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every kind of settings in force (general, dynamic links, tracking, …), each read from its row at
 * most once per {@code herald.settings.refresh}: every send consults them. A change on this node
 * applies at once; on other nodes within the refresh interval.
 */
@ApplicationScoped
public class CurrentSettings {

  @PersistenceContext EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(name = "herald.settings.refresh", defaultValue = "PT10S")
  Duration refresh;

  private final Map<Class<?>, RefreshedSnapshot<?>> snapshots = new ConcurrentHashMap<>();

  /** The general settings: servers, allowed media, character limits, authorization defaults. */
  public Settings get() {
    return of(GeneralSettings.class);
  }

  @SuppressWarnings("unchecked")
  public <T> T of(Class<? extends SettingsRow<T>> row) {
    return ((RefreshedSnapshot<T>)
            snapshots.computeIfAbsent(
                row,
                type ->
                    new RefreshedSnapshot<>(
                        () -> em.find(row, SettingsRow.ID).snapshot(), refresh)))
        .get();
  }

  /**
   * Forgets the row's snapshot now and again once the changing transaction ends, so a read racing
   * the commit cannot keep the old value cached.
   */
  public void changed(Class<? extends SettingsRow<?>> row) {
    invalidate(row);
    if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              invalidate(row);
            }
          });
    }
  }

  private void invalidate(Class<?> row) {
    RefreshedSnapshot<?> snapshot = snapshots.get(row);
    if (snapshot != null) {
      snapshot.invalidate();
    }
  }
}
