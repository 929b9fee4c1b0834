package org.herald.settings;

/**
 * The seed's authorization settings: whether a new contact is opted in to direct (in-house) and to
 * affiliate (partner) marketing when the CRM does not say.
 */
public record Authorization(
    boolean optInDirectMarketingByDefault, boolean optInAffiliateMarketingByDefault) {

  public static final Authorization NONE = new Authorization(false, false);
}
