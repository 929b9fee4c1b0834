package org.herald.contact;

import java.time.Instant;
import org.herald.api.Classification;

/**
 * A contact's own choice about a marketing list ({@code DIRECT_MARKETING} or {@code
 * AFFILIATE_MARKETING}), made outside the contact's record (a link in a message): fired as a CDI
 * event, so whoever learns of it need not know how contacts are stored.
 */
public record MarketingConsent(
    String contactNumber, Classification list, boolean optedIn, Instant at) {

  public MarketingConsent {
    if (!list.isMarketing()) {
      throw new IllegalArgumentException(list + " is not a marketing list");
    }
  }
}
