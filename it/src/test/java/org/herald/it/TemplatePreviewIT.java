package org.herald.it;

import static org.herald.demo.SeedTemplates.BILL_INFORMATION;
import static org.herald.demo.SeedTemplates.PAYMENT_RECEIPT;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestEntities.an;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.herald.it.support.TestTemplates.anSmsTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.junit.jupiter.api.Test;

/**
 * The seed's "Keeping subscribers in the loop" over HTTP: Company ZX's templates created over REST,
 * Maria's account, bill and payment synced over REST, and each template previewed for her, word for
 * word, in her language.
 */
class TemplatePreviewIT {

  static final String PAYMENT_RECEIPT_EL =
      """
      Αγαπητέ/ή #payment.accounts_receivable.name,

      Η πληρωμή σας με αριθμό #payment.number ύψους €#payment.amount ολοκληρώθηκε.

      Το τρέχον υπόλοιπό σας είναι: #payment.accounts_receivable.balance

      AluxSat Co""";

  private final HeraldClient api = HeraldClient.backOffice();

  /** Maria's accounts receivable, synced as the CRM would; answers its number. */
  private String account() {
    String wallet = an("wallet", "WL").with("balance", "25.5").put(api);
    return an("accounts_receivable", "AR")
        .with("name", "Maria Georgiou")
        .with("balance", "1234.56")
        .with("outstanding_amount", 350)
        .with("due_date", "2026-11-01")
        .with("currency", "EUR")
        .with("wallet", wallet)
        .put(api);
  }

  private ApiResponse preview(String template, Map<String, Object> request) {
    return api.post("/templates/" + template + "/preview", request);
  }

  private static Map<String, Object> previewFor(String contact, String type, String number) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("contact", contact);
    request.put("entities", List.of(Map.of("type", type, "number", number)));
    return request;
  }

  @Test
  void aPostedPaymentsReceiptReadsWordForWordInTheContactsLanguage() {
    String account = account();
    String payment =
        an("payment", "PM").with("amount", "50.00").with("accounts_receivable", account).put(api);
    String receipt =
        anEmailTemplate()
            .named("Payment Receipt")
            .referringTo("payment")
            .defaultLanguage("en")
            .in("en", "Payment #payment.number received", PAYMENT_RECEIPT)
            .in("el", "Η πληρωμή #payment.number ελήφθη", PAYMENT_RECEIPT_EL)
            .create(api);
    String english = aContact().named("Maria Georgiou").speaking("en").create(api);
    String greek = aContact().named("Μαρία Γεωργίου").speaking("el").create(api);

    JsonObject inEnglish = preview(receipt, previewFor(english, "payment", payment)).json();

    assertEquals("en", inEnglish.getString("language"));
    assertEquals("Payment " + payment + " received", inEnglish.getString("subject"));
    assertEquals(
        """
        Dear Maria Georgiou,

        We would like to inform you that your payment, with payment number: %s for \
        €50.00 has been successfully processed.

        Your current balance is: 1,234.56 and your outstanding amount is:350.00

        Should you need further assistance or any clarifications please do not hesitate to call \
        our call center at any time.

        AluxSat Co"""
            .formatted(payment),
        inEnglish.getString("body"));

    JsonObject inGreek = preview(receipt, previewFor(greek, "payment", payment)).json();

    assertEquals("el", inGreek.getString("language"));
    assertEquals("Η πληρωμή " + payment + " ελήφθη", inGreek.getString("subject"));
    assertEquals(
        """
        Αγαπητέ/ή Maria Georgiou,

        Η πληρωμή σας με αριθμό %s ύψους €50,00 ολοκληρώθηκε.

        Το τρέχον υπόλοιπό σας είναι: 1.234,56

        AluxSat Co"""
            .formatted(payment),
        inGreek.getString("body"));

    Map<String, Object> askedInEnglish = previewFor(greek, "payment", payment);
    askedInEnglish.put("language", "en");
    assertEquals("en", preview(receipt, askedInEnglish).json().getString("language"));
  }

  @Test
  void theDemoDataOffersTheSeedsPaymentReceiptForMaria() {
    String maria =
        api.get("/entities/accounts_receivable/AR000123")
            .json()
            .getJsonObject("values")
            .getString("contact");

    JsonObject receipt =
        preview("PAYMENT_RECEIPT", previewFor(maria, "payment", "PM000042")).json();

    assertEquals("en", receipt.getString("language"), "no Greek content: the default language");
    assertEquals("Payment PM000042 received", receipt.getString("subject"));
    assertEquals(
        """
        Dear Maria Georgiou,

        We would like to inform you that your payment, with payment number: PM000042 for \
        €50.00 has been successfully processed.

        Your current balance is: 1,234.56 and your outstanding amount is:350.00

        Should you need further assistance or any clarifications please do not hesitate to call \
        our call center at any time.

        AluxSat Co""",
        receipt.getString("body"));
  }

  @Test
  void aBillBySmsTellsTheAmountAndDueDateAndFallsBackToTheDefaultLanguage() {
    String bill =
        an("bill", "BL")
            .with("due_date", "2026-11-30")
            .with("total_amount_to_be_paid", "1480.2")
            .with("accounts_receivable", account())
            .put(api);
    String template =
        anSmsTemplate()
            .named("Bill information")
            .referringTo("bill")
            .in("en", null, BILL_INFORMATION)
            .create(api);
    String greek = aContact().speaking("el").create(api);

    JsonObject preview = preview(template, previewFor(greek, "bill", bill)).json();

    assertEquals("en", preview.getString("language"), "no Greek content: the default language");
    assertEquals(
        """
        Dear Maria Georgiou,

        We would like to inform you that your bill: %s has been issued and must be \
        settled by 30/11/2026.
        Bill's owed amount:1,480.20
        Company ZX Co."""
            .formatted(bill),
        preview.getString("body"));
  }

  @Test
  void anEmailBodyEscapesValuesAsHtmlItsSubjectAndSmsKeepThemAsTheyAre() {
    String contact = aContact().named("Tom & <Jerry>").create(api);
    String body = "Dear #contact_information.name, <b>welcome</b>";
    String email =
        anEmailTemplate().in("en", "Welcome, #contact_information.name", body).create(api);
    String sms = anSmsTemplate().in("en", null, body).create(api);

    JsonObject emailPreview = preview(email, Map.of("contact", contact)).json();
    assertEquals("Dear Tom &amp; &lt;Jerry&gt;, <b>welcome</b>", emailPreview.getString("body"));
    assertEquals(
        "Welcome, Tom & <Jerry>", emailPreview.getString("subject"), "a subject is not markup");
    assertEquals(
        "Dear Tom & <Jerry>, <b>welcome</b>",
        preview(sms, Map.of("contact", contact)).json().getString("body"));
  }

  @Test
  void everyUnrestrictedTagNeedsAValue() {
    String contact = aContact().create(api);
    String template =
        anSmsTemplate()
            .in("en", null, "#unrestricted.offer until #unrestricted.until: #unrestricted.offer")
            .create(api);

    ApiResponse refused =
        preview(template, Map.of("contact", contact, "unrestricted", Map.of("offer", " ")));

    assertEquals(422, refused.status(), refused::toString);
    assertEquals(List.of("unrestricted.offer", "unrestricted.until"), refused.errorFields());
    assertEquals(
        "Sports HD until 31/12: Sports HD",
        preview(
                template,
                Map.of(
                    "contact",
                    contact,
                    "unrestricted",
                    Map.of("offer", "Sports HD", "until", "31/12")))
            .json()
            .getString("body"));
  }

  @Test
  void unknownContactEntitiesAndLanguagesAreNamed() {
    String template = anSmsTemplate().in("en", null, "Hi").create(api);

    ApiResponse refused =
        preview(
            template,
            Map.of(
                "contact",
                "CT999999",
                "entities",
                List.of(
                    Map.of("type", "payment", "number", "PM_NONE"),
                    Map.of("type", "invoice", "number", "X")),
                "language",
                "fr"));

    assertEquals(422, refused.status(), refused::toString);
    assertEquals(
        List.of("contact", "entities[0].number", "entities[1].type", "language"),
        refused.errorFields());
    assertEquals(
        404, preview("NO_SUCH_TEMPLATE", Map.of("contact", aContact().create(api))).status());
  }

  @Test
  void aChangedTemplateIsRenderedFromItsNewText() {
    String contact = aContact().create(api);
    String template = anSmsTemplate().in("en", null, "First").create(api);
    assertEquals("First", preview(template, Map.of("contact", contact)).json().getString("body"));

    api.put("/templates/" + template, anSmsTemplate().in("en", null, "Second").build());

    assertEquals("Second", preview(template, Map.of("contact", contact)).json().getString("body"));
  }
}
