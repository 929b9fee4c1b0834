package org.herald.tracking;

import java.util.Objects;
import org.herald.error.Violations;
import org.herald.link.WebAddresses;

/**
 * The seed's Tracking Settings, an immutable snapshot. {@code endPoint} is where tracking addresses
 * point (a bare host means https; null: {@code herald.public-base-url}); {@code customUrl}, when
 * set, is a handler of the customer's own that overrides it.
 */
public record TrackingSettings(
    boolean enabled, String endPoint, String customUrl, TrackingScope scope) {

  public TrackingSettings {
    Objects.requireNonNull(scope, "scope");
    endPoint = blankToNull(endPoint);
    customUrl = blankToNull(customUrl);
  }

  /**
   * Settings as a client gave them, checked whole: every invalid field is named at once.
   *
   * @throws org.herald.error.InvalidInputException naming each invalid field
   */
  public static TrackingSettings of(
      boolean enabled, String endPoint, String customUrl, String scope) {
    Violations violations = new Violations();
    violations.require("scope", scope);
    TrackingScope parsed =
        scope == null || scope.isBlank()
            ? null
            : violations.enumValue("scope", TrackingScope.class, scope);
    String end = WebAddresses.endPoint(violations, "endPoint", endPoint);
    String custom = WebAddresses.customUrl(violations, "customUrl", customUrl);
    violations.throwIfAny();
    return new TrackingSettings(enabled, end, custom, parsed);
  }

  /** Whether a communication is tracked: tracking is on and the communication in its scope. */
  public boolean appliesTo(boolean fromNotificationRun) {
    return enabled && (scope == TrackingScope.ALL || fromNotificationRun);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
