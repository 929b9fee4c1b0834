package org.herald.dynamiclink;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.herald.tag.DynamicLinkType;

/**
 * The dynamic-link settings in force (immutable): the seed's End Point (where Herald's own handler
 * is reached; blank means {@code herald.public-base-url}), its Custom URL (an admin's own handler
 * that overrides the end point and is handed the token), and per link type whether it is enabled,
 * the text shown for it and where the recipient is redirected after it (none: Herald's own page).
 */
public record DynamicLinks(
    String endPoint, String customUrl, Map<DynamicLinkType, TypeSetting> types) {

  /** One link type's settings. */
  public record TypeSetting(boolean enabled, String linkText, String redirectionUrl) {}

  public DynamicLinks {
    types = Map.copyOf(types);
  }

  /** The link types templates and communications may use. */
  public Set<DynamicLinkType> enabledTypes() {
    Set<DynamicLinkType> enabled = EnumSet.noneOf(DynamicLinkType.class);
    types.forEach(
        (type, setting) -> {
          if (setting.enabled()) {
            enabled.add(type);
          }
        });
    return enabled;
  }

  public TypeSetting of(DynamicLinkType type) {
    return types.get(type);
  }
}
