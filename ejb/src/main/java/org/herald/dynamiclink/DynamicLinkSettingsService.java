package org.herald.dynamiclink;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import org.herald.audit.AuditTrail;
import org.herald.error.Violations;
import org.herald.link.WebAddresses;
import org.herald.settings.CurrentSettings;
import org.herald.tag.DynamicLinkType;

/** Reads and changes the dynamic-link settings; a change is checked whole before it is stored. */
@Stateless
public class DynamicLinkSettingsService {

  private static final int TEXT_LENGTH = 200;

  @PersistenceContext EntityManager em;
  @Inject CurrentSettings current;
  @Inject AuditTrail audit;

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
    Violations violations = new Violations();
    DynamicLinks links =
        new DynamicLinks(
            WebAddresses.endPoint(violations, "endPoint", change.endPoint()),
            WebAddresses.customUrl(violations, "customUrl", change.customUrl()),
            merged);
    check(links, change, positions, violations);
    row.apply(links);
    current.changed(DynamicLinkSettings.class);
    audit.record(AuditTrail.SETTINGS, "dynamic-links", "changed");
    return row.snapshot();
  }

  private static void check(
      DynamicLinks links,
      Change change,
      Map<DynamicLinkType, Integer> positions,
      Violations violations) {
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
              violations.require(at + ".linkText", setting.linkText());
              violations.maxLength(at + ".linkText", setting.linkText(), TEXT_LENGTH);
              if (setting.redirectionUrl() != null) {
                violations.maxLength(
                    at + ".redirectionUrl", setting.redirectionUrl(), WebAddresses.MAX_LENGTH);
                if (!WebAddresses.isWebAddress(setting.redirectionUrl())) {
                  violations.add(
                      at + ".redirectionUrl", "INVALID_URL", "must be an absolute http(s) address");
                }
              }
            });
    violations.throwIfAny();
  }

  private DynamicLinkSettings row() {
    return em.find(DynamicLinkSettings.class, DynamicLinkSettings.ID);
  }
}
