package org.herald.it;

import static org.herald.it.support.TestCommunications.fromTemplate;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestEntities.an;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.SeedTexts;
import org.herald.it.support.SettingsRestored;
import org.herald.it.support.TestLinks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The seed's sample templates as the demo data stores them (welcome and subscription details,
 * payment receipt, bill information, accounts receivable state and balance, and the three
 * dynamic-link templates), each rendered over HTTP from entity data synced over REST and read word
 * for word. Links are the one part that differs per rendering (a signed token): they are matched as
 * links to Herald's public endpoint.
 */
class DemoTemplatesIT {

  private static final String LINK = "{link}";
  private static final HeraldClient API = HeraldClient.backOffice();
  @RegisterExtension static final SettingsRestored SETTINGS = new SettingsRestored();
  private final HeraldClient api = API;

  @BeforeAll
  static void enableLinks() {
    TestLinks.setAll(API, true, Map.of());
  }

  @Test
  void welcomeEmailAndSubscriptionDetails() {
    String contact = aContact().named("Maria Georgiou").speaking("en").create(api);
    String account = account();
    String subscription =
        an("subscription", "SB")
            .with("status", "ACTIVE")
            .with("accounts_receivable", account)
            .with("services", List.of("Fibre 100", "TV Premium"))
            .with("installed_items", List.of("Router ZX-1"))
            .put(api);

    assertRendered(
        "WELCOME",
        contact,
        Map.of("subscription", subscription),
        SeedTexts.welcome(subscription, account),
        0);
  }

  @Test
  void paymentReceiptAndBillInformation() {
    String contact = aContact().named("Maria Georgiou").speaking("en").create(api);
    String account = account();
    String payment =
        an("payment", "PM").with("amount", "50.00").with("accounts_receivable", account).put(api);
    String bill =
        an("bill", "BL")
            .with("due_date", "2026-11-30")
            .with("total_amount_to_be_paid", "1480.20")
            .with("accounts_receivable", account)
            .put(api);

    assertRendered(
        "PAYMENT_RECEIPT",
        contact,
        Map.of("payment", payment),
        SeedTexts.paymentReceipt(payment),
        0);
    assertRendered(
        "BILL_INFORMATION",
        contact,
        Map.of("bill", bill),
        """
        Dear Maria Georgiou,

        We would like to inform you that your bill: %s has been issued and must be settled by \
        30/11/2026.
        Bill's owed amount:1,480.20
        Company ZX Co."""
            .formatted(bill),
        0);
  }

  @Test
  void accountsReceivableStateAndBalanceForANotificationRunsItem() {
    String contact = aContact().named("Maria Georgiou").speaking("en").create(api);
    String account = account();

    assertRendered(
        "ACCOUNT_STATE",
        contact,
        Map.of("accounts_receivable", account),
        """
        Dear Maria Georgiou,

        We would like to inform you that your account: %s, has 350.00.

        Please proceed with settling your outstanding amount as soon as possible to avoid \
        deactivation of your services.

        Should you need more information please do not hesitate to call our Call Centre at any \
        time.

        If you have already settled your balance, please ignore this email.

        Company ZX Co."""
            .formatted(account),
        0);

    ApiResponse withoutItem =
        api.post("/templates/ACCOUNT_STATE/preview", Map.of("contact", contact));
    assertEquals(List.of("entities"), withoutItem.errorFields(), "the run's item is needed");
    ApiResponse manual =
        api.post(
            "/communications",
            fromTemplate("ACCOUNT_STATE", contact)
                .referringToEntity("accounts_receivable", account)
                .build());
    assertEquals(List.of("template"), manual.errorFields(), "a run's template, not a manual one");
  }

  @Test
  void subscribeInAndOffTheMailingLists() {
    String contact = aContact().named("Maria Georgiou").speaking("en").create(api);

    assertRendered(
        "SUBSCRIBE_IN",
        contact,
        Map.of(),
        """
        We would like to welcome you to our company!
        As we respect your privacy, please let us know whether you would like to be included in \
        our mailing list. If you subscribe to our list, you will be receiving information related \
        to all new amazing offers. You will have the chance to unsubscribe from the service \
        whenever you please.
        If you would like to be included in our direct marketing list, please click on the \
        following link: {link}
        You also have the option to subscribe to our affiliate marketing list. If you select to \
        subscribe to this list then you will also be contacted with offers related to our \
        distinct partners.
        If you would like to be included in our affiliate marketing list, please click on the \
        following link: {link}
        Company ZX Co.""",
        2);
    assertRendered(
        "SUBSCRIBE_OFF",
        contact,
        Map.of(),
        """
        Dear Maria Georgiou,
        If you would like to unsubscribe from our mailing lists, please click on the respective \
        link below:
        {link}
        {link}
        Company ZX Co.""",
        2);
  }

  @Test
  void serviceRequestResponseToAccept() {
    String contact = aContact().named("Maria Georgiou").speaking("en").create(api);
    String request =
        an("service_request", "SR")
            .with("type", "Slow internet")
            .with("response_description", "We replaced your router.")
            .with("responded_by", "Andreas Nicolaou")
            .with("response_date", "2026-11-20")
            .put(api);

    assertRendered(
        "SERVICE_REQUEST_RESPONSE",
        contact,
        Map.of("service_request", request),
        """
        Dear Maria Georgiou,

        We would like to inform you that your service request related to Slow internet, with \
        number %s, has been successfully processed.

        Please review our response below and then click on the respective link, if you agree, so \
        that we can proceed with the resolution of your request.

        Response: We replaced your router.

        Processed By: Andreas Nicolaou

        Processed on: 20/11/2026

        Click on the following link to accept the response: {link}

        Thank you for requesting our services. Should you need further assistance please do not \
        hesitate to call our call center at any time.

        AluxSat Co."""
            .formatted(request),
        1);
  }

  private String account() {
    return SeedTexts.account(api);
  }

  /**
   * Previews the demo template and compares its body word for word, each {@value #LINK} standing
   * for one link to Herald's dynamic-link endpoint (a plain email shows the bare address).
   */
  private void assertRendered(
      String template, String contact, Map<String, String> entities, String expected, int links) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("contact", contact);
    request.put(
        "entities",
        entities.entrySet().stream()
            .map(e -> Map.of("type", e.getKey(), "number", e.getValue()))
            .toList());
    ApiResponse preview = api.post("/templates/" + template + "/preview", request);
    assertEquals(200, preview.status(), preview::toString);
    String body = preview.json().getString("body");

    StringBuilder pattern = new StringBuilder();
    String[] parts = expected.split(Pattern.quote(LINK), -1);
    for (int i = 0; i < parts.length; i++) {
      pattern.append(Pattern.quote(parts[i]));
      if (i < parts.length - 1) {
        pattern.append("(").append(Pattern.quote(HeraldClient.API)).append("/public/links/\\S+)");
      }
    }
    Matcher matcher = Pattern.compile(pattern.toString()).matcher(body);
    assertTrue(matcher.matches(), () -> template + " rendered as:\n" + body);
    List<String> found = new ArrayList<>();
    for (int i = 1; i <= matcher.groupCount(); i++) {
      found.add(matcher.group(i));
    }
    assertEquals(links, found.size());
    assertEquals(links, found.stream().distinct().count(), "each link has its own token");
  }
}
