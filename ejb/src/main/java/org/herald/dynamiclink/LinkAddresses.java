package org.herald.dynamiclink;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.herald.link.PublicAddress;
import org.herald.link.WebAddresses;

/**
 * Where a dynamic link's token is sent: Herald's handler under the end point, or the custom URL.
 */
@ApplicationScoped
public class LinkAddresses {

  /** The path of Herald's dynamic-link handler under the public endpoints. */
  public static final String PATH = "links/";

  @Inject PublicAddress publicAddress;

  /** The address a recipient follows: the custom URL (handed the token) if set, else Herald's. */
  public String link(DynamicLinks settings, String token) {
    if (settings.customUrl() != null) {
      return WebAddresses.withToken(settings.customUrl(), token);
    }
    return herald(settings, token);
  }

  /**
   * Herald's own handler, which a one-click unsubscribe must reach (mail providers POST to it
   * themselves; a custom page cannot be assumed to speak RFC 8058).
   */
  public String herald(DynamicLinks settings, String token) {
    return publicAddress.of(settings.endPoint(), PATH + token);
  }
}
