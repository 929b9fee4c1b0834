package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestCommunications.anSmsTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.herald.api.settings.AuthorizationDto;
import org.herald.api.settings.GeneralSettingsDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestContacts;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The seed's "Complying with contact notification preferences": marketing needs the contact's
 * opt-in to that list unless the communication overrides preferences; financial, customer care and
 * reward communications are never blocked; new contacts start from the authorization settings.
 */
class ConsentIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void marketingToAContactNotOptedInIsRefusedOnEveryMediumUnlessItOverridesPreferences()
      throws Exception {
    String contact = aContact().optedIn(true, false).create(api);
    String address = TestContacts.primaryEmail(api, contact);

    for (var refused :
        List.of(
            anEmailTo(contact).classification("AFFILIATE_MARKETING").subject("Partner offer"),
            anSmsTo(contact).classification("AFFILIATE_MARKETING").content("Partner offer"))) {
      ApiResponse answer = api.post("/communications", refused.build());
      assertEquals(422, answer.status(), answer::toString);
      assertEquals(List.of("classification"), answer.errorFields());
      assertTrue(answer.body().contains("OPTED_OUT"), answer::toString);
    }

    ApiResponse overridden =
        api.post(
            "/communications",
            anEmailTo(contact)
                .classification("AFFILIATE_MARKETING")
                .subject("Recall notice from our partner")
                .overridingPreferences()
                .build());
    assertEquals(201, overridden.status(), overridden::toString);
    JsonObject read = api.get("/communications/" + number(overridden)).json();
    assertTrue(read.getBoolean("overridePreferences"), "the override is recorded");
    assertEquals("MANUAL", read.getString("origin"));
    assertEquals(
        "Recall notice from our partner", MAIL.awaitReceived(address, 1).get(0).getSubject());
  }

  @Test
  void financialCustomerCareAndRewardCommunicationsAreNeverBlocked() {
    String contact = aContact().optedIn(false, false).create(api);
    String address = TestContacts.primaryEmail(api, contact);

    for (String classification : List.of("FINANCIAL", "CUSTOMER_CARE", "REWARD")) {
      ApiResponse sent =
          api.post(
              "/communications",
              anEmailTo(contact).classification(classification).subject(classification).build());
      assertEquals(201, sent.status(), sent::toString);
      assertFalse(
          api.get("/communications/" + number(sent)).json().getBoolean("overridePreferences"));
    }
    assertEquals(3, MAIL.awaitReceived(address, 3).size());
  }

  @Test
  void newContactsStartFromTheAuthorizationSettingsAndChangesKeepTheirChoice() {
    GeneralSettingsDto original = api.get("/settings/general").as(GeneralSettingsDto.class);
    try {
      ApiResponse changed =
          api.put(
              "/settings/general", withAuthorization(original, new AuthorizationDto(true, false)));
      assertEquals(200, changed.status(), changed::toString);
      assertTrue(
          changed
              .json()
              .getJsonObject("authorization")
              .getBoolean("optInDirectMarketingByDefault"));

      String contact = aContact().create(api); // says nothing about marketing
      JsonObject created = api.get("/contacts/" + contact).json();
      assertTrue(created.getBoolean("optInDirectMarketing"));
      assertFalse(created.getBoolean("optInAffiliateMarketing"));

      String refusing = aContact().optedIn(false, true).create(api);
      JsonObject chosen = api.get("/contacts/" + refusing).json();
      assertFalse(chosen.getBoolean("optInDirectMarketing"), "the CRM's word wins");
      assertTrue(chosen.getBoolean("optInAffiliateMarketing"));

      // A change that leaves the settings' authorization out keeps it.
      GeneralSettingsDto without = withAuthorization(original, null);
      assertEquals(200, api.put("/settings/general", without).status());
      assertTrue(
          api.get("/settings/general")
              .json()
              .getJsonObject("authorization")
              .getBoolean("optInDirectMarketingByDefault"));
    } finally {
      assertEquals(200, api.put("/settings/general", original).status());
    }
  }

  private static GeneralSettingsDto withAuthorization(
      GeneralSettingsDto settings, AuthorizationDto authorization) {
    return new GeneralSettingsDto(
        settings.emailServer(),
        settings.smsServer(),
        settings.allowedMedia(),
        settings.characterLimits(),
        authorization);
  }

  private static String number(ApiResponse created) {
    return created.json().getString("number");
  }
}
