package org.herald.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.herald.api.Classification;
import org.herald.contact.ConsentDefaults;

/** A new contact's marketing opt-ins, from the authorization settings in force. */
@ApplicationScoped
public class AuthorizationDefaults implements ConsentDefaults {

  @Inject CurrentSettings settings;

  @Override
  public boolean optedIn(Classification list) {
    Authorization authorization = settings.get().authorization();
    return switch (list) {
      case DIRECT_MARKETING -> authorization.optInDirectMarketingByDefault();
      case AFFILIATE_MARKETING -> authorization.optInAffiliateMarketingByDefault();
      default -> throw new IllegalArgumentException(list + " is not a marketing list");
    };
  }
}
