package org.herald.tracking;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.herald.error.Violations;

/**
 * The seed's Tracking Settings, an immutable snapshot. {@code endPoint} is where tracking addresses
 * point (a bare host means https; null: {@code herald.public-base-url}); {@code customUrl}, when
 * set, is a handler of the customer's own that overrides it.
 */
public record TrackingSettings(
    boolean enabled, String endPoint, String customUrl, TrackingScope scope) {

  static final int MAX_URL = 2000;

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
    String end = address(violations, "endPoint", endPoint);
    // A bare host means https; any other scheme given is refused below.
    if (end != null && !isWebAddress(end.contains("://") ? end : "https://" + end, false)) {
      violations.add(
          "endPoint",
          "INVALID_URL",
          "must be a host name (https is implied) or an absolute http(s) URL, without a query");
    }
    String custom = address(violations, "customUrl", customUrl);
    if (custom != null && !isWebAddress(custom, true)) {
      violations.add(
          "customUrl", "INVALID_URL", "must be an absolute http(s) URL, without a fragment");
    }
    violations.throwIfAny();
    return new TrackingSettings(enabled, end, custom, parsed);
  }

  /** Whether a communication is tracked: tracking is on and the communication in its scope. */
  public boolean appliesTo(boolean fromNotificationRun) {
    return enabled && (scope == TrackingScope.ALL || fromNotificationRun);
  }

  /** A given address, trimmed, its scheme in lower case; null if blank or too long. */
  private static String address(Violations violations, String field, String value) {
    String address = blankToNull(value);
    if (address == null) {
      return null;
    }
    if (address.length() > MAX_URL) {
      violations.maxLength(field, address, MAX_URL);
      return null;
    }
    return lowerCaseScheme(address);
  }

  /** http(s), a host, no user name or fragment (a token is appended), a query only if allowed. */
  private static boolean isWebAddress(String url, boolean queryAllowed) {
    try {
      URI uri = new URI(url);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getRawUserInfo() == null
          && uri.getRawFragment() == null
          && (queryAllowed || uri.getRawQuery() == null);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** "HTTPS://host" is "https://host"; other text stays as it is. */
  private static String lowerCaseScheme(String url) {
    for (String scheme : new String[] {"http://", "https://"}) {
      if (url.regionMatches(true, 0, scheme, 0, scheme.length())) {
        return scheme + url.substring(scheme.length());
      }
    }
    return url;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
