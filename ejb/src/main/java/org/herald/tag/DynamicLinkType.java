package org.herald.tag;

import java.util.Locale;
import java.util.Optional;

/**
 * The actions a customer can take from a link in an email (the seed's dynamic links); each is a
 * {@code #dynamic_link.<type>} tag, usable only once enabled in the dynamic links settings.
 */
public enum DynamicLinkType {
  OPT_IN_DIRECT_MARKETING,
  OPT_OUT_DIRECT_MARKETING,
  OPT_IN_AFFILIATE_MARKETING,
  OPT_OUT_AFFILIATE_MARKETING,
  SERVICE_REQUEST_RESPONSE_ACCEPTANCE,
  SERVICE_REQUEST_TEMPORARY_RESOLUTION_ACCEPTANCE,
  SERVICE_REQUEST_FINAL_RESOLUTION_ACCEPTANCE;

  private final String tagName = name().toLowerCase(Locale.ROOT);

  /** The name after {@code #dynamic_link.}, e.g. {@code opt_in_direct_marketing}. */
  public String tagName() {
    return tagName;
  }

  public static Optional<DynamicLinkType> fromTagName(String name) {
    for (DynamicLinkType type : values()) {
      if (type.tagName.equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
