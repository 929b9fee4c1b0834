package org.herald.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where recipients reach Herald from a message: {@code herald.public-base-url} (scheme, host and
 * port, never taken from a request's Host header), under which the public endpoints live at {@code
 * /herald/api/v1/public/…}. Settings with an end point of their own override the base.
 */
@ApplicationScoped
public class PublicAddress {

  /** The public endpoints' path under a base address. */
  public static final String PUBLIC_PATH = "/herald/api/v1/public/";

  @Inject
  @ConfigProperty(name = "herald.public-base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  /** The configured base, without a trailing slash. */
  public String base() {
    return stripSlash(baseUrl);
  }

  /**
   * The address of a public endpoint under {@code endPoint} (the seed's form: a bare host means
   * https, a full URL keeps its scheme), or under the configured base when there is none.
   */
  public String of(String endPoint, String path) {
    return origin(endPoint) + PUBLIC_PATH + path;
  }

  String origin(String endPoint) {
    if (endPoint == null || endPoint.isBlank()) {
      return base();
    }
    String trimmed = stripSlash(endPoint.trim());
    return trimmed.startsWith("http://") || trimmed.startsWith("https://")
        ? trimmed
        : "https://" + trimmed;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
