package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestCommunications.fromTemplate;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestEntities.an;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.herald.it.support.TestTemplates.anSmsTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.SettingsRestored;
import org.herald.it.support.TestCommunications;
import org.herald.it.support.TestContacts;
import org.herald.it.support.TestLinks;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Communications made from templates and personalised when completed: the contact's preferred
 * language (else the default), unrestricted values required, tags checked on save (unknown,
 * disabled link, entity not referred to), values escaped so none becomes markup, template limits,
 * and a test send through a real SMTP server.
 */
class TemplateCommunicationIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();
  @RegisterExtension static final SettingsRestored SETTINGS = new SettingsRestored();
  private static final HeraldClient API = HeraldClient.backOffice();
  private final HeraldClient api = API;

  /** A dynamic-link tag is refused while its link is disabled; the demo data enables them. */
  @BeforeAll
  static void linksDisabled() {
    TestLinks.setAll(API, false, Map.of());
  }

  @Test
  void aTemplateIsUsedInTheContactsPreferredLanguageElseTheDefault() {
    String template =
        anEmailTemplate()
            .referringTo("payment")
            .defaultLanguage("en")
            .in(
                "en",
                "Payment #payment.number",
                "Dear #contact_information.name, €#payment.amount.")
            .in(
                "el",
                "Πληρωμή #payment.number",
                "Αγαπητή #contact_information.name, €#payment.amount.")
            .create(api);
    String payment = an("payment", "PM").with("amount", "1234.50").put(api);
    String greek = aContact().named("Μαρία").speaking("el").create(api);
    String english = aContact().named("John").speaking("en").create(api);
    String noPreference = aContact().named("Eleni").create(api);

    JsonObject inGreek =
        completed(fromTemplate(template, greek).referringToEntity("payment", payment));
    assertEquals("el", inGreek.getString("language"));
    assertEquals("EMAIL", inGreek.getString("medium"));
    assertEquals("Πληρωμή " + payment, inGreek.getString("subject"));
    assertEquals("Αγαπητή Μαρία, €1.234,50.", inGreek.getString("content"));
    assertEquals(template, inGreek.getString("template"));

    JsonObject inEnglish =
        completed(fromTemplate(template, english).referringToEntity("payment", payment));
    assertEquals("Dear John, €1,234.50.", inEnglish.getString("content"));

    JsonObject byDefault =
        completed(fromTemplate(template, noPreference).referringToEntity("payment", payment));
    assertEquals("en", byDefault.getString("language"));

    JsonObject asked =
        completed(
            fromTemplate(template, greek).language("en").referringToEntity("payment", payment));
    assertEquals("Dear Μαρία, €1,234.50.", asked.getString("content"), "the language asked for");
  }

  @Test
  void everyUnrestrictedTagNeedsAValueBeforeItIsSent() {
    String contact = aContact().create(api);
    long before = Database.count("SELECT COUNT(*) FROM communication");
    TestCommunications offer =
        anEmailTo(contact)
            .subject("#unrestricted.offer for you")
            .content("Get #unrestricted.offer until #unrestricted.until.");

    ApiResponse refused = api.post("/communications", offer.build());

    assertEquals(422, refused.status(), refused::toString);
    assertEquals(List.of("unrestricted.offer", "unrestricted.until"), refused.errorFields());
    assertEquals(before, Database.count("SELECT COUNT(*) FROM communication"), "nothing stored");

    JsonObject sent =
        completed(offer.unrestricted("offer", "Sports HD").unrestricted("until", "31/12"));
    assertEquals("Sports HD for you", sent.getString("subject"));
    assertEquals("Get Sports HD until 31/12.", sent.getString("content"));
    assertEquals("Sports HD", sent.getJsonObject("unrestricted").getString("offer"));

    ApiResponse draft =
        api.post(
            "/communications", anEmailTo(contact).content("#unrestricted.x").asDraft().build());
    assertEquals(201, draft.status(), "a draft may leave values out");
    assertEquals("#unrestricted.x", draft.json().getString("content"), "a draft keeps its tags");
  }

  @Test
  void tagsAreCheckedOnSaveWithTheirPlace() {
    String contact = aContact().create(api);

    ApiResponse refused =
        api.post(
            "/communications",
            anEmailTo(contact)
                .subject("Hello #contact_information.name")
                .content(
                    "Balance #payment.accounts_receivable.balance\n"
                        + "#payment.nonsense #dynamic_link.opt_out_direct_marketing")
                .asDraft()
                .build());

    assertEquals(422, refused.status(), refused::toString);
    List<JsonObject> errors =
        refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject()).toList();
    assertEquals(
        List.of("NOT_A_REFERRING_ENTITY", "UNKNOWN_TAG", "DISABLED_DYNAMIC_LINK"),
        errors.stream().map(e -> e.getString("code")).toList());
    assertTrue(
        errors.get(1).getString("message").startsWith("#payment.nonsense (line 2, column 1)"));
    assertEquals(List.of("content", "content", "content"), refused.errorFields());

    JsonObject incoming =
        completed(
            anEmailTo(contact).incoming().content("Re: #payment.nonsense, see #unrestricted.x"));
    assertEquals(
        "Re: #payment.nonsense, see #unrestricted.x",
        incoming.getString("content"),
        "an incoming communication is recorded as it arrived");
  }

  @Test
  void aTemplateMustExistBeEffectiveAndMatchTheMedium() {
    String contact = aContact().create(api);
    String notEffective = anEmailTemplate().effective(false).in("en", "Hi", "Hello").create(api);
    String email = anEmailTemplate().in("en", "Hi", "Hello").create(api);

    assertEquals(
        List.of("template"),
        api.post("/communications", fromTemplate("NO_SUCH_TEMPLATE", contact).build())
            .errorFields());
    assertEquals(
        List.of("template"),
        api.post("/communications", fromTemplate(notEffective, contact).build()).errorFields());
    assertEquals(
        List.of("medium"),
        api.post("/communications", fromTemplate(email, contact).medium("SMS").build())
            .errorFields());
  }

  @Test
  void noValueBecomesMarkupInHtmlOrPlainEmail() throws Exception {
    String contact = aContact().named("<script>alert(1)</script> & Sons").create(api);
    String address = TestContacts.primaryEmail(api, contact);

    JsonObject html =
        completed(anEmailTo(contact).content("<p>Dear #contact_information.name</p>"));
    assertEquals(
        "<p>Dear &lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons</p>", html.getString("content"));

    JsonObject plain = completed(anEmailTo(contact).content("Dear #contact_information.name"));
    assertEquals(
        "<div style=\"white-space:pre-wrap\">Dear &lt;script&gt;alert(1)&lt;/script&gt; &amp;"
            + " Sons</div>",
        plain.getString("content"),
        "a value that would read as markup turns the email into escaped HTML");

    JsonObject ampersand =
        completed(
            anEmailTo(aContact().named("Smith & Sons").create(api))
                .content("Dear #contact_information.name"));
    assertEquals("Dear Smith & Sons", ampersand.getString("content"), "plain stays plain");

    List<MimeMessage> mails = received(address, 2);
    assertTrue(GreenMailUtil.getBody(mails.get(0)).contains("&lt;script&gt;"));
  }

  @Test
  void aTemplatesOwnWordsMustFitTheLimit() {
    ApiResponse refused =
        api.post(
            "/templates",
            anSmsTemplate().in("en", null, "x".repeat(161) + " #contact_information.name").build());

    assertEquals(422, refused.status(), refused::toString);
    assertEquals(List.of("contents.en.body"), refused.errorFields());
    assertEquals(
        "TOO_LONG", refused.json().getJsonArray("errors").getJsonObject(0).getString("code"));
  }

  @Test
  void aTestSendDeliversTheRenderedTemplateToTheGivenAddress() throws Exception {
    String contact = aContact().named("Maria Georgiou").create(api);
    String template =
        anEmailTemplate()
            .in("en", "Test for #contact_information.name", "Hello #contact_information.name")
            .create(api);
    String to = TestContacts.uniqueAddress();
    long communications = Database.count("SELECT COUNT(*) FROM communication");

    ApiResponse sent =
        api.post("/templates/" + template + "/test-send", Map.of("to", to, "contact", contact));

    assertEquals(200, sent.status(), sent::toString);
    assertTrue(sent.json().getBoolean("delivered"), sent::toString);
    MimeMessage mail = received(to, 1).get(0);
    assertEquals("Test for Maria Georgiou", mail.getSubject());
    assertEquals("Hello Maria Georgiou", GreenMailUtil.getBody(mail).trim());
    assertEquals(communications, Database.count("SELECT COUNT(*) FROM communication"));

    ApiResponse refused =
        api.post(
            "/templates/" + template + "/test-send",
            Map.of("to", "not-an-address", "contact", contact));
    assertEquals(List.of("to"), refused.errorFields());
  }

  private JsonObject completed(TestCommunications communication) {
    ApiResponse created = api.post("/communications", communication.build());
    assertEquals(201, created.status(), created::toString);
    return created.json();
  }

  private static List<MimeMessage> received(String address, int count) {
    return MAIL.awaitReceived(address, count);
  }
}
