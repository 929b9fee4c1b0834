package org.herald.link;

import java.net.URI;
import java.net.URISyntaxException;
import org.herald.error.Violations;

/**
 * The addresses settings give links: the seed's End Point and Custom URL (for dynamic links and
 * tracking alike), and where a recipient may be sent. One set of rules, so both settings screens
 * accept the same addresses.
 */
public final class WebAddresses {

  public static final int MAX_LENGTH = 2000;

  private WebAddresses() {}

  /**
   * An End Point: a bare host (https is implied) or an absolute http(s) URL without a query;
   * trimmed, its scheme in lower case; null when blank. What breaks a rule is named in {@code
   * violations}.
   */
  public static String endPoint(Violations violations, String field, String value) {
    String address = given(violations, field, value);
    // A bare host means https; any other scheme given is refused below.
    if (address != null
        && !isTokenTarget(address.contains("://") ? address : "https://" + address, false)) {
      violations.add(
          field,
          "INVALID_URL",
          "must be a host name (https is implied) or an absolute http(s) URL, without a query");
    }
    return address;
  }

  /**
   * A Custom URL: an absolute http(s) URL without a fragment, since the token is appended to it;
   * normalised and checked as {@link #endPoint} does.
   */
  public static String customUrl(Violations violations, String field, String value) {
    String address = given(violations, field, value);
    if (address != null && !isTokenTarget(address, true)) {
      violations.add(field, "INVALID_URL", "must be an absolute http(s) URL, without a fragment");
    }
    return address;
  }

  /** Absolute http or https with a host: what a browser can be sent to, nothing else. */
  public static boolean isWebAddress(String value) {
    try {
      URI uri = new URI(value);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The address a custom handler is reached at: its URL with the token as a parameter. */
  public static String withToken(String customUrl, String token) {
    String separator =
        customUrl.endsWith("?") || customUrl.endsWith("&")
            ? ""
            : customUrl.indexOf('?') < 0 ? "?" : "&";
    return customUrl + separator + "token=" + token;
  }

  /** A given address, trimmed, its scheme in lower case; null if blank or too long. */
  private static String given(Violations violations, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String address = value.trim();
    if (address.length() > MAX_LENGTH) {
      violations.maxLength(field, address, MAX_LENGTH);
      return null;
    }
    return lowerCaseScheme(address);
  }

  /** http(s), a host, no user name or fragment (a token is appended), a query only if allowed. */
  private static boolean isTokenTarget(String url, boolean queryAllowed) {
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
}
