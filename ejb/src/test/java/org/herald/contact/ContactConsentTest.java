package org.herald.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.herald.api.Classification;
import org.herald.idempotency.IdempotentRequest;
import org.junit.jupiter.api.Test;

/** The seed's notification preferences, as a contact answers them. */
class ContactConsentTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final ConsentDefaults NONE = list -> false;

  @Test
  void marketingNeedsTheOptInOfItsOwnList() {
    Contact direct = contact(true, false, NONE);

    assertTrue(direct.accepts(Classification.DIRECT_MARKETING));
    assertFalse(direct.accepts(Classification.AFFILIATE_MARKETING));
  }

  @Test
  void financialCustomerCareAndRewardCannotBeOptedOutOf() {
    Contact optedOut = contact(false, false, NONE);

    for (Classification classification :
        EnumSet.of(Classification.FINANCIAL, Classification.CUSTOMER_CARE, Classification.REWARD)) {
      assertTrue(optedOut.accepts(classification), classification::name);
    }
    assertTrue(optedOut.accepts(null), "an unclassified communication is not marketing");
  }

  @Test
  void aChoiceFromALinkChangesOnlyItsList() {
    Contact contact = contact(true, true, NONE);
    Instant later = NOW.plusSeconds(60);

    contact.consent(Classification.DIRECT_MARKETING, false, later);

    assertFalse(contact.accepts(Classification.DIRECT_MARKETING));
    assertTrue(contact.accepts(Classification.AFFILIATE_MARKETING));
    assertEquals(later, contact.getUpdatedAt());
    assertThrows(
        IllegalArgumentException.class,
        () -> contact.consent(Classification.FINANCIAL, false, later));
  }

  @Test
  void anErasedContactKeepsItsNumberAndNothingPersonal() {
    Contact contact = contact(true, true, NONE);
    Instant later = NOW.plusSeconds(60);

    contact.erase(later);

    assertEquals(Contact.ERASED, contact.getName());
    assertTrue(contact.getEmails().isEmpty());
    assertTrue(contact.getPhones().isEmpty());
    assertFalse(contact.accepts(Classification.DIRECT_MARKETING), "no opt-in survives");
    assertFalse(contact.accepts(Classification.AFFILIATE_MARKETING));
    assertEquals(later, contact.getUpdatedAt());
  }

  @Test
  void whatTheCrmLeavesOutComesFromTheAuthorizationDefaultsAndIsKeptOnAChange() {
    ConsentDefaults directByDefault = list -> list == Classification.DIRECT_MARKETING;
    Contact contact = contact(null, null, directByDefault);
    assertTrue(contact.isOptInDirectMarketing());
    assertFalse(contact.isOptInAffiliateMarketing());

    contact.update(details(null, true), NOW);
    assertTrue(contact.isOptInDirectMarketing(), "left out: kept");
    assertTrue(contact.isOptInAffiliateMarketing());

    Contact said = contact(false, null, directByDefault);
    assertFalse(said.isOptInDirectMarketing(), "the CRM's word wins over the default");
  }

  private static Contact contact(Boolean direct, Boolean affiliate, ConsentDefaults defaults) {
    return new Contact(
        "CT000001", details(direct, affiliate), defaults, IdempotentRequest.NONE, NOW);
  }

  private static ContactDetails details(Boolean direct, Boolean affiliate) {
    return new ContactDetails("Maria", "el", List.of(), List.of(), direct, affiliate);
  }
}
