package org.herald.dynamiclink;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.herald.settings.SettingsRow;
import org.herald.tag.DynamicLinkType;

/** The one row of dynamic-link settings, with a setting per link type (all seeded disabled). */
@Entity
@Table(name = "dynamic_link_settings")
public class DynamicLinkSettings implements SettingsRow<DynamicLinks> {

  @Id private Long id;

  @Column(name = "end_point")
  private String endPoint;

  @Column(name = "custom_url")
  private String customUrl;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "dynamic_link_type", joinColumns = @JoinColumn(name = "settings_id"))
  @MapKeyColumn(name = "link_type")
  @MapKeyEnumerated(EnumType.STRING)
  private Map<DynamicLinkType, LinkTypeSetting> types = new HashMap<>();

  @Version
  @Column(name = "version")
  private long version;

  protected DynamicLinkSettings() {}

  @Override
  public DynamicLinks snapshot() {
    Map<DynamicLinkType, DynamicLinks.TypeSetting> settings = new EnumMap<>(DynamicLinkType.class);
    types.forEach((type, setting) -> settings.put(type, setting.snapshot()));
    return new DynamicLinks(endPoint, customUrl, settings);
  }

  void apply(DynamicLinks links) {
    this.endPoint = links.endPoint();
    this.customUrl = links.customUrl();
    links.types().forEach((type, setting) -> types.put(type, new LinkTypeSetting(setting)));
  }
}
