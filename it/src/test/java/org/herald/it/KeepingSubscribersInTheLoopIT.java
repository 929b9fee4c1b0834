package org.herald.it;

import static org.herald.demo.SeedTemplates.PAYMENT_RECEIPT;
import static org.herald.demo.SeedTemplates.WELCOME;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestContacts.primaryEmail;
import static org.herald.it.support.TestEvents.anEvent;
import static org.herald.it.support.TestEvents.awaitProcessed;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.herald.it.support.TestTemplates.anSmsTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.herald.channel.smpp.SmscSimulator;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.SeedTexts;
import org.herald.it.support.TestMailServer;
import org.herald.it.support.TestSmsc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The seed's business flow "Keeping subscribers in the loop", end to end: Company ZX's automations
 * for subscriptions and payments, the CRM's events posted over REST, and what the contact's inbox
 * (GreenMail) and phone (the SMSC simulator) receive, word for word; a contact who has opted out of
 * marketing gets the financial receipt and not the offer, and the event says why.
 */
class KeepingSubscribersInTheLoopIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();

  private static SmscSimulator smsc;
  private static String welcome;
  private static String receipt;
  private static String offer;

  private final HeraldClient api = HeraldClient.backOffice();

  @BeforeAll
  static void companyZx() {
    smsc = TestSmsc.start();
    HeraldClient api = HeraldClient.backOffice();
    String welcomeEmail =
        anEmailTemplate()
            .referringTo("subscription")
            .in("en", "Welcome to Company ZX", WELCOME)
            .create(api);
    String receiptEmail =
        anEmailTemplate()
            .referringTo("payment")
            .in("en", "Payment receipt", PAYMENT_RECEIPT)
            .create(api);
    String receiptSms =
        anSmsTemplate()
            .referringTo("payment")
            .in(
                "en",
                null,
                "Payment #payment.number of EUR #payment.amount received. Balance: #payment.accounts_receivable.balance")
            .create(api);
    String offerEmail =
        anEmailTemplate().in("en", "An offer", "Fibre 1000 at half price").create(api);
    welcome = automation(api, "subscription.activated", welcomeEmail, null, "CUSTOMER_CARE");
    receipt = automation(api, "payment.posted", receiptEmail, receiptSms, "FINANCIAL");
    offer = automation(api, "payment.posted", offerEmail, null, "DIRECT_MARKETING");
  }

  @AfterAll
  static void stopSmsc() throws Exception {
    smsc.close();
  }

  private static String automation(
      HeraldClient api, String event, String email, String sms, String classification) {
    String code = "ZX_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", event + " " + classification);
    body.put("eventType", event);
    body.put("emailTemplate", email);
    if (sms != null) {
      body.put("smsTemplate", sms);
    }
    body.put("classification", classification);
    ApiResponse created = api.post("/automations", body);
    assertEquals(201, created.status(), created::toString);
    return code;
  }

  @Test
  void subscriptionActivatedSendsTheWelcomeEmail() throws Exception {
    String contact = aContact().named("Maria Georgiou").speaking("en").create(api);
    String account = account();
    String subscription = "SB" + UUID.randomUUID().toString().substring(0, 8);

    // The subscription's values come with the event: stored first, so the email shows them.
    String event =
        anEvent("subscription.activated", subscription, contact)
            .values(
                Map.of(
                    "status",
                    "ACTIVE",
                    "accounts_receivable",
                    account,
                    "services",
                    List.of("Fibre 100", "TV Premium"),
                    "installed_items",
                    List.of("Router ZX-1")))
            .post(api);

    MimeMessage mail = MAIL.awaitReceived(primaryEmail(api, contact), 1).get(0);
    assertEquals("Welcome to Company ZX", mail.getSubject());
    assertEquals(SeedTexts.welcome(subscription, account), TestMailServer.plainText(mail));
    JsonObject outcome = outcomeOf(awaitProcessed(api, event), welcome, "EMAIL");
    assertEquals("SENT", outcome.getString("outcome"));
    JsonObject made = api.get("/communications/" + outcome.getString("communication")).json();
    assertEquals("AUTOMATION", made.getString("origin"));
  }

  @Test
  void paymentPostedSendsTheReceiptByEmailAndSmsAndNoOfferToAnOptedOutContact() throws Exception {
    String contact =
        aContact().named("Maria Georgiou").speaking("en").optedIn(false, false).create(api);
    String mobile =
        api.get("/contacts/" + contact)
            .json()
            .getJsonArray("phones")
            .getJsonObject(0)
            .getString("number");
    String account = account();
    String payment = "PM" + UUID.randomUUID().toString().substring(0, 8);

    String event =
        anEvent("payment.posted", payment, contact)
            .values(Map.of("amount", "50.00", "accounts_receivable", account))
            .post(api);

    MimeMessage mail = MAIL.awaitReceived(primaryEmail(api, contact), 1).get(0);
    assertEquals("Payment receipt", mail.getSubject());
    assertEquals(SeedTexts.paymentReceipt(payment), TestMailServer.plainText(mail));
    assertEquals(
        "Payment " + payment + " of EUR 50.00 received. Balance: 1,234.56",
        TestSmsc.awaitSubmitted(smsc, mobile, 1).get(0).text());

    JsonObject processed = awaitProcessed(api, event);
    assertEquals("SENT", outcomeOf(processed, receipt, "EMAIL").getString("outcome"));
    assertEquals("SENT", outcomeOf(processed, receipt, "SMS").getString("outcome"));
    JsonObject skipped = outcomeOf(processed, offer, "EMAIL");
    assertEquals("OPTED_OUT", skipped.getString("outcome"), processed::toString);
    assertEquals(1, MAIL.receivedBy(primaryEmail(api, contact)).size(), "no offer arrived");
    assertEquals(2, api.get("/communications?contact=" + contact).json().getInt("totalItems"));
  }

  private String account() {
    return SeedTexts.account(api);
  }

  private static JsonObject outcomeOf(JsonObject event, String automation, String medium) {
    return event.getJsonArray("outcomes").stream()
        .map(JsonObject.class::cast)
        .filter(o -> o.getString("automation").equals(automation))
        .filter(o -> o.getString("medium").equals(medium))
        .findFirst()
        .orElseThrow(() -> new AssertionError(automation + " " + medium + " not in " + event));
  }
}
