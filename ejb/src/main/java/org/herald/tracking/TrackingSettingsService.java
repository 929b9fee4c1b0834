package org.herald.tracking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.herald.audit.AuditTrail;
import org.herald.settings.CurrentSettings;

/** Reads and changes the tracking settings. */
@Stateless
public class TrackingSettingsService {

  @PersistenceContext EntityManager em;
  @Inject CurrentSettings current;
  @Inject AuditTrail audit;

  /** The settings as stored now (not the cached snapshot). */
  public TrackingSettings get() {
    return row().snapshot();
  }

  /** Replaces the settings; {@link TrackingSettings#of} has checked them. */
  public TrackingSettings update(TrackingSettings settings) {
    TrackingSettingsRow row = row();
    row.apply(settings);
    current.changed(TrackingSettingsRow.class);
    audit.record(AuditTrail.SETTINGS, "tracking", "changed");
    return row.snapshot();
  }

  private TrackingSettingsRow row() {
    return em.find(TrackingSettingsRow.class, TrackingSettingsRow.ID);
  }
}
