package org.herald.dynamiclink;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One link type's settings as stored. */
@Embeddable
public class LinkTypeSetting {

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "link_text", nullable = false)
  private String linkText;

  @Column(name = "redirection_url")
  private String redirectionUrl;

  protected LinkTypeSetting() {}

  LinkTypeSetting(DynamicLinks.TypeSetting setting) {
    this.enabled = setting.enabled();
    this.linkText = setting.linkText();
    this.redirectionUrl = setting.redirectionUrl();
  }

  DynamicLinks.TypeSetting snapshot() {
    return new DynamicLinks.TypeSetting(enabled, linkText, redirectionUrl);
  }
}
