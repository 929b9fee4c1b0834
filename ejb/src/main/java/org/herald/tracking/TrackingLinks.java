package org.herald.tracking;

import java.time.Instant;
import org.herald.link.LinkKind;
import org.herald.link.LinkToken;
import org.herald.link.LinkTokens;

/**
 * The signed tracking addresses of one email: a click redirect per link, whose token carries the
 * URL it leads to (so the redirect target never comes from the request), and the open pixel.
 */
public record TrackingLinks(
    LinkTokens tokens,
    TrackingAddress address,
    String communication,
    String contact,
    Instant expiresAt) {

  public String click(String url) {
    return address.click(sign(LinkKind.CLICK, url));
  }

  public String open() {
    return address.open(sign(LinkKind.OPEN, ""));
  }

  private String sign(LinkKind kind, String subject) {
    return tokens.sign(new LinkToken(kind, communication, contact, expiresAt, subject));
  }
}
