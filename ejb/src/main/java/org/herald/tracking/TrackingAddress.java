package org.herald.tracking;

import org.herald.link.WebAddresses;

/**
 * Where a tracking token goes: Herald's public tracking endpoints under {@code endpoints} ({@code
 * …/herald/api/v1/public/tracking/}), or, when set, the custom URL with the token as a parameter
 * (its handler forwards the token to Herald, whose token says what it is for).
 */
public record TrackingAddress(String endpoints, String customUrl) {

  String click(String token) {
    return of("click/", token);
  }

  String open(String token) {
    return of("open/", token);
  }

  private String of(String path, String token) {
    if (customUrl == null) {
      return endpoints + path + token;
    }
    return WebAddresses.withToken(customUrl, token);
  }
}
