package org.herald.web.admin;

import java.io.Serializable;
import org.herald.dynamiclink.DynamicLinks;
import org.herald.tag.DynamicLinkType;

/** One dynamic-link type's settings as the settings form holds them while the admin types. */
public class LinkTypeForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final DynamicLinkType type;
  private boolean enabled;
  private String linkText;
  private String redirectionUrl;

  LinkTypeForm(DynamicLinkType type, DynamicLinks.TypeSetting setting) {
    this.type = type;
    if (setting != null) {
      this.enabled = setting.enabled();
      this.linkText = setting.linkText();
      this.redirectionUrl = setting.redirectionUrl();
    }
  }

  DynamicLinkType type() {
    return type;
  }

  /** What a template writes for it, e.g. {@code #dynamic_link.opt_in_direct_marketing}. */
  public String getTag() {
    return "#dynamic_link." + type.tagName();
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getLinkText() {
    return linkText;
  }

  public void setLinkText(String linkText) {
    this.linkText = linkText;
  }

  public String getRedirectionUrl() {
    return redirectionUrl;
  }

  public void setRedirectionUrl(String redirectionUrl) {
    this.redirectionUrl = redirectionUrl;
  }

  /** The setting to store: an empty redirection URL means none (Herald's own page). */
  DynamicLinks.TypeSetting setting() {
    return new DynamicLinks.TypeSetting(
        enabled, linkText == null ? null : linkText.strip(), blankToNull(redirectionUrl));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
