package org.herald.dynamiclink;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.Map;
import org.herald.error.Violations;
import org.herald.tag.DynamicLinkType;

/** Reads and changes the dynamic-link settings; a change is checked whole before it is stored. */
@Stateless
public class DynamicLinkSettingsService {

  private static final int TEXT_LENGTH = 200;
  private static final int URL_LENGTH = 2000;

  @PersistenceContext EntityManager em;
  @Inject CurrentDynamicLinks current;

  /** A change: types left out keep their settings. */
  public record Change(
      String endPoint, String customUrl, Map<DynamicLinkType, DynamicLinks.TypeSetting> types) {}

  public DynamicLinks get() {
    return row().snapshot();
  }

  /**
   * Applies {@code change}, or refuses it naming every bad field ({@code links[i].…} by the
   * position {@code positions} gives each type in the request).
   */
  public DynamicLinks update(Change change, Map<DynamicLinkType, Integer> positions) {
    DynamicLinkSettings row = row();
    Map<DynamicLinkType, DynamicLinks.TypeSetting> merged = new EnumMap<>(row.snapshot().types());
    merged.putAll(change.types());
    DynamicLinks links =
        new DynamicLinks(blankToNull(change.endPoint()), blankToNull(change.customUrl()), merged);
    check(links, change, positions);
    row.apply(links);
    current.invalidate();
    return row.snapshot();
  }

  private static void check(
      DynamicLinks links, Change change, Map<DynamicLinkType, Integer> positions) {
    Violations violations = new Violations();
    if (links.endPoint() != null) {
      violations.maxLength("endPoint", links.endPoint(), URL_LENGTH);
      String endPoint =
          links.endPoint().contains("://") ? links.endPoint() : "https://" + links.endPoint();
      if (!isWebAddress(endPoint)) {
        violations.add(
            "endPoint", "INVALID_URL", "must be a host name or an absolute http(s) address");
      }
    }
    if (links.customUrl() != null) {
      violations.maxLength("customUrl", links.customUrl(), URL_LENGTH);
      if (!isWebAddress(links.customUrl())) {
        violations.add("customUrl", "INVALID_URL", "must be an absolute http(s) address");
      }
    }
    // The seed: "If one or more events are enabled, an address must be defined."
    if (!links.enabledTypes().isEmpty() && links.endPoint() == null && links.customUrl() == null) {
      violations.add(
          "endPoint", "REQUIRED", "is required while a dynamic link is enabled (or a customUrl)");
    }
    change
        .types()
        .forEach(
            (type, setting) -> {
              String at = "links[" + positions.getOrDefault(type, 0) + "]";
              violations.require(at + ".linkText", blankToNull(setting.linkText()));
              violations.maxLength(at + ".linkText", setting.linkText(), TEXT_LENGTH);
              if (setting.redirectionUrl() != null) {
                violations.maxLength(at + ".redirectionUrl", setting.redirectionUrl(), URL_LENGTH);
                if (!isWebAddress(setting.redirectionUrl())) {
                  violations.add(
                      at + ".redirectionUrl", "INVALID_URL", "must be an absolute http(s) address");
                }
              }
            });
    violations.throwIfAny();
  }

  /** Absolute http or https with a host: what a browser can be sent to, nothing else. */
  static boolean isWebAddress(String value) {
    try {
      URI uri = new URI(value);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private DynamicLinkSettings row() {
    return em.find(DynamicLinkSettings.class, DynamicLinkSettings.ID);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
