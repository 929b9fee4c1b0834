package org.herald.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.herald.settings.SettingsRow;

/** The one row of tracking settings; the migration stores it, disabled. */
@Entity
@Table(name = "tracking_settings")
class TrackingSettingsRow implements SettingsRow<TrackingSettings> {

  /** There is exactly one row. */
  @Id private Long id;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "end_point")
  private String endPoint;

  @Column(name = "custom_url")
  private String customUrl;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope", nullable = false)
  private TrackingScope scope;

  @Version
  @Column(name = "version")
  private long version;

  protected TrackingSettingsRow() {}

  void apply(TrackingSettings settings) {
    enabled = settings.enabled();
    endPoint = settings.endPoint();
    customUrl = settings.customUrl();
    scope = settings.scope();
  }

  @Override
  public TrackingSettings snapshot() {
    return new TrackingSettings(enabled, endPoint, customUrl, scope);
  }
}
