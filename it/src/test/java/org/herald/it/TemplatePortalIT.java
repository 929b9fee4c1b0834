package org.herald.it;

import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.herald.it.support.TestTemplates.anSmsTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Browser;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestContacts;
import org.herald.it.support.TestEntities;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An admin keeps Company ZX's communication templates in a real browser: the list filters in the
 * database, the seed's Payment Receipt previews for Maria word for word, an SMS template written in
 * the form is stored as REST serves it, and an unknown tag is named beside the body while nothing
 * is stored.
 */
class TemplatePortalIT {

  private static final String TABLE = "templatesForm:templates";
  private static final String FORM = "templateForm";
  private static final String BODY_EN = FORM + ":languages:bodyText_en";
  private static final String BODY_EL = FORM + ":languages:bodyText_el";
  private static final String MESSAGES = FORM + ":messages";

  @RegisterExtension static final TestMailServer SMTP = new TestMailServer();

  private static Browser browser;

  private final HeraldClient api = HeraldClient.backOffice();

  @BeforeAll
  static void openBrowser() {
    browser = Browser.asAdmin();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void theListFiltersByMediumAndEffectiveAndOpensTheEditor() {
    String retired =
        anSmsTemplate()
            .named("Retired SMS receipt")
            .referringTo("payment")
            .effective(false)
            .in("en", null, "Payment #payment.number received")
            .create(api);

    browser.go("/herald/templates.xhtml");
    browser.await(d -> codesShown().containsAll(List.of("BILL_INFORMATION", "PAYMENT_RECEIPT")));
    assertEquals("payment", cell("PAYMENT_RECEIPT", "referringEntityTypes"));
    assertEquals("Billing", cell("PAYMENT_RECEIPT", "category"));
    browser.screenshot("templates");

    browser.choose(TABLE + ":mediumFilter", "SMS");
    browser.await(d -> codesShown().contains(retired) && !codesShown().contains("PAYMENT_RECEIPT"));
    assertTrue(
        columnShown("medium").stream().allMatch("SMS"::equals), columnShown("medium")::toString);

    browser.choose(TABLE + ":mediumFilter", "EMAIL");
    browser.await(d -> codesShown().contains("PAYMENT_RECEIPT") && !codesShown().contains(retired));

    browser.choose(TABLE + ":mediumFilter", "All");
    browser.choose(TABLE + ":effectiveFilter", "No");
    browser.await(d -> codesShown().contains(retired) && !codesShown().contains("PAYMENT_RECEIPT"));
    assertTrue(
        columnShown("effective").stream().allMatch("No"::equals),
        columnShown("effective")::toString);

    browser.choose(TABLE + ":effectiveFilter", "Yes");
    browser.await(d -> codesShown().contains("PAYMENT_RECEIPT"));
    browser.driver().findElement(By.linkText("PAYMENT_RECEIPT")).click();
    browser.await(d -> d.getCurrentUrl().contains("template.xhtml?code=PAYMENT_RECEIPT"));
    assertEquals("Payment Receipt", value(FORM + ":name"));
    assertEquals("Payment #payment.number received", value(FORM + ":languages:subject_en_input"));
  }

  @Test
  void thePaymentReceiptPreviewsForMariaWordForWord() {
    String maria = demoContact("Maria Georgiou");

    browser.go("/herald/template.xhtml?code=PAYMENT_RECEIPT");
    type("previewForm:previewContact", "CT999999");
    browser.driver().findElement(By.id("previewForm:preview")).click();
    browser.await(d -> text("previewForm:previewMessages").contains("no contact CT999999"));
    assertTrue(text("previewForm:previewMessages").startsWith("contact"));

    type("previewForm:previewContact", maria);
    browser
        .driver()
        .findElement(By.cssSelector("input.preview-entity[data-type='payment']"))
        .sendKeys("PM000042");
    browser.driver().findElement(By.id("previewForm:preview")).click();

    browser.await(d -> !d.findElements(By.id("previewBody")).isEmpty());
    assertEquals("Payment PM000042 received", text("previewSubject"));
    // Maria prefers Greek; the demo's receipt is written in English only, its default.
    assertEquals("en", text("previewLanguageUsed"));
    browser.screenshot("template");

    browser.driver().switchTo().frame("previewBody");
    try {
      String body = browser.driver().findElement(By.tagName("body")).getText();
      assertTrue(body.startsWith("Dear Maria Georgiou,"), body);
      assertTrue(
          body.contains(
              "your payment, with payment number: PM000042 for €50.00 has been successfully"
                  + " processed."),
          body);
      assertTrue(
          body.contains("Your current balance is: 1,234.56 and your outstanding amount is:350.00"),
          body);
    } finally {
      browser.driver().switchTo().defaultContent();
    }
  }

  @Test
  void anSmsTemplateWrittenInTheFormIsListedAndServedOverRest() {
    String code = newCode();
    String body = "Payment #payment.number received, thank you.";
    String greek = "Η πληρωμή #payment.number ελήφθη.";

    browser.go("/herald/template.xhtml");
    type(FORM + ":code", code);
    type(FORM + ":name", "Portal SMS receipt");
    chooseSms();
    tick("payment");
    type(BODY_EN, body);
    browser.await(d -> text(FORM + ":languages:count_en").equals(String.valueOf(body.length())));
    assertEquals("en (default)", tab("en").getText().trim());
    tab("el").click();
    browser.await(d -> d.findElement(By.id(BODY_EL)).isDisplayed());
    type(BODY_EL, greek);
    browser.driver().findElement(By.id(FORM + ":save")).click();

    browser.await(d -> d.getCurrentUrl().contains("code=" + code));
    browser.await(d -> text(MESSAGES).contains("Template " + code + " created"));
    assertEquals(body, browser.driver().findElement(By.id(BODY_EN)).getAttribute("value"));

    ApiResponse stored = api.get("/templates/" + code);
    assertEquals(200, stored.status(), stored::toString);
    JsonObject template = stored.json();
    assertEquals("SMS", template.getString("medium"));
    assertEquals("Portal SMS receipt", template.getString("name"));
    assertEquals(List.of("payment"), strings(template, "referringEntityTypes"));
    JsonObject english = template.getJsonObject("contents").getJsonObject("en");
    assertEquals(body, english.getString("body"));
    assertTrue(!english.containsKey("subject") || english.isNull("subject"), english::toString);
    assertEquals(greek, template.getJsonObject("contents").getJsonObject("el").getString("body"));
    assertEquals("en", template.getString("defaultLanguage"));

    browser.go("/herald/templates.xhtml");
    browser.choose(TABLE + ":mediumFilter", "SMS");
    browser.await(d -> codesShown().contains(code));
  }

  @Test
  void anUnknownTagIsNamedBesideTheBodyAndNothingIsStored() {
    String code = newCode();

    browser.go("/herald/template.xhtml");
    type(FORM + ":code", code);
    type(FORM + ":name", "Portal SMS with a typo");
    chooseSms();
    type(BODY_EN, "Paid #payment.nonsense today");
    browser.driver().findElement(By.id(FORM + ":save")).click();

    browser.await(d -> text(MESSAGES).contains("#payment.nonsense"));
    assertTrue(text(MESSAGES).contains("contents.en.body"), text(MESSAGES));
    assertTrue(
        browser
            .driver()
            .findElement(By.id(BODY_EN))
            .getAttribute("class")
            .contains("ui-state-error"),
        "the body is marked invalid");
    assertFalse(browser.driver().getCurrentUrl().contains("code="));
    assertEquals(404, api.get("/templates/" + code).status());
  }

  @Test
  void anEmailBodyKeepsItsTagsThroughTheWysiwygEditor() {
    String code =
        anEmailTemplate()
            .named("Portal email receipt")
            .referringTo("payment")
            .in(
                "en",
                "Receipt #payment.number",
                "Dear #payment.accounts_receivable.name,\n\nWe received €#payment.amount for")
            .create(api);

    browser.go("/herald/template.xhtml?code=" + code);
    By editor = By.cssSelector("[id='" + FORM + ":languages:bodyEditor_en'] .ql-editor");
    // Written as plain text, it opens plain; made HTML, it shows one paragraph per line.
    browser.await(d -> !d.findElements(By.id(BODY_EN)).isEmpty());
    chooseFormat("HTML");
    browser.await(
        d ->
            d.findElements(
                        By.cssSelector("[id='" + FORM + ":languages:bodyEditor_en'] .ql-editor p"))
                    .size()
                == 3);
    browser.driver().findElement(editor).click();
    browser.driver().findElement(editor).sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " payment ");
    String finder = FORM + ":languages:tagFinder_en";
    type(finder + "_input", "#payment.numb");
    By number =
        By.cssSelector(
            "[id='" + finder + "_panel'] .ui-autocomplete-item[data-item-value='#payment.number']");
    browser.await(d -> d.findElement(number).isDisplayed());
    browser.driver().findElement(number).click();
    browser.await(d -> d.findElement(editor).getText().contains("for payment #payment.number"));
    browser.driver().findElement(By.id(FORM + ":save")).click();
    browser.await(d -> text(MESSAGES).contains("Template " + code + " saved"));

    String body =
        api.get("/templates/" + code)
            .json()
            .getJsonObject("contents")
            .getJsonObject("en")
            .getString("body");
    assertTrue(body.startsWith("<p>Dear #payment.accounts_receivable.name,</p>"), body);
    assertTrue(body.contains("€#payment.amount for payment #payment.number"), body);
  }

  @Test
  void aSubjectOffersTheCatalogueTagsAfterAHash() {
    browser.go("/herald/template.xhtml");
    String subject = FORM + ":languages:subject_en";
    type(subject + "_input", "Receipt #payment.am");

    By amount =
        By.cssSelector(
            "[id='"
                + subject
                + "_panel'] .ui-autocomplete-item[data-item-value='Receipt #payment.amount']");
    browser.await(d -> d.findElement(amount).isDisplayed());
    assertEquals("#payment.amount", browser.driver().findElement(amount).getText().trim());
    browser.driver().findElement(amount).click();
    browser.await(d -> value(subject + "_input").equals("Receipt #payment.amount"));
  }

  @Test
  void deletingAsksFirstThenTheTemplateIsGone() {
    String code = anSmsTemplate().named("Portal SMS to delete").in("en", null, "Bye").create(api);

    browser.go("/herald/template.xhtml?code=" + code);
    browser.driver().findElement(By.id(FORM + ":delete")).click();
    browser.await(d -> d.findElement(By.id(FORM + ":confirmYes")).isDisplayed());
    assertEquals(200, api.get("/templates/" + code).status(), "nothing deleted before the yes");
    browser.driver().findElement(By.id(FORM + ":confirmYes")).click();

    browser.await(d -> d.getCurrentUrl().contains("templates.xhtml"));
    browser.await(d -> text("templatesForm:messages").contains("Template " + code + " deleted"));
    assertEquals(404, api.get("/templates/" + code).status());
  }

  /** A code no other test uses, sorted before the API tests' T_… codes. */
  private static String newCode() {
    return "PORTAL_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** The demo data's contact of that name: the first made, as the demo is loaded at start. */
  private String demoContact(String name) {
    return api.get("/contacts?sort=number,asc&size=50").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("name").equals(name))
        .map(c -> c.getString("number"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no demo contact " + name));
  }

  /** Switches the form to SMS; the AJAX update swaps the email editor for a plain textarea. */
  @Test
  void aPlainTextEmailStaysPlainWhenSavedInTheEditor() {
    String body =
        "Dear #payment.accounts_receivable.name,\n\nWe received €#payment.amount & thank you.";
    String code =
        anEmailTemplate()
            .named("Plain receipt")
            .referringTo("payment")
            .in("en", "Receipt #payment.number", body)
            .create(api);

    browser.go("/herald/template.xhtml?code=" + code);
    browser.await(d -> !d.findElements(By.id(BODY_EN)).isEmpty());
    assertTrue(browser.driver().findElements(By.id(FORM + ":languages:bodyEditor_en")).isEmpty());
    type(FORM + ":name", "Plain receipt, renamed");
    browser.driver().findElement(By.id(FORM + ":save")).click();
    browser.await(d -> text(MESSAGES).contains("Template " + code + " saved"));

    JsonObject saved = api.get("/templates/" + code).json();
    assertEquals("Plain receipt, renamed", saved.getString("name"));
    assertEquals(body, saved.getJsonObject("contents").getJsonObject("en").getString("body"));
  }

  @Test
  void aNotificationTemplatePreviewsForTheItemItNames() {
    String contact = TestContacts.aContact().create(api);
    String bill = TestEntities.an("bill", "BL").with("due_date", "2026-12-24").put(api);
    String code =
        anSmsTemplate()
            .named("Bill due notification")
            .forNotificationsOf("bill")
            .in("en", null, "Bill #notification.bill.number is due")
            .create(api);

    browser.go("/herald/template.xhtml?code=" + code);
    browser.await(d -> browser.text(FORM + ":notificationItem_label").equals("bill"));
    browser
        .driver()
        .findElement(By.cssSelector("input.preview-entity[data-type='bill']"))
        .sendKeys(bill);
    type("previewForm:previewContact", contact);
    browser.driver().findElement(By.id("previewForm:preview")).click();
    browser.await(d -> !d.findElements(By.id("previewText")).isEmpty());
    assertEquals("Bill " + bill + " is due", text("previewText"));

    // The item type is edited here too: saved with the form, it stays.
    type(FORM + ":name", "Bill due, renamed");
    browser.driver().findElement(By.id(FORM + ":save")).click();
    browser.await(d -> text(MESSAGES).contains("Template " + code + " saved"));
    assertEquals("bill", api.get("/templates/" + code).json().getString("notificationItem"));
  }

  @Test
  void aTestIsSentFromTheEditor() throws Exception {
    String contact = TestContacts.aContact().create(api);
    String code =
        anEmailTemplate().named("Test me").in("en", "Testing", "Testing 1 2 3").create(api);
    browser.go("/herald/template.xhtml?code=" + code);
    type("previewForm:previewContact", contact);
    type("previewForm:testTo", "not-an-address");
    browser.driver().findElement(By.id("previewForm:sendTest")).click();
    browser.await(d -> text("previewForm:previewMessages").startsWith("to"));

    String to = TestContacts.uniqueAddress();
    type("previewForm:testTo", to);
    browser.driver().findElement(By.id("previewForm:sendTest")).click();
    browser.await(d -> text("previewForm:previewMessages").contains("Test sent to " + to));
    assertEquals("Testing", SMTP.awaitReceived(to, 1).get(0).getSubject());
  }

  private void chooseFormat(String label) {
    press(FORM + ":plainText", label);
  }

  /** Presses the button of a PrimeFaces selectOneButton that has this label. */
  private void press(String group, String label) {
    browser
        .driver()
        .findElement(
            By.xpath(
                "//div[@id='"
                    + group
                    + "']/div[contains(@class,'ui-button')][normalize-space(.)='"
                    + label
                    + "']"))
        .click();
  }

  private void chooseSms() {
    press(FORM + ":medium", "SMS");
    browser.await(d -> !d.findElements(By.id(BODY_EN)).isEmpty());
  }

  /** Ticks one referring entity type by its label, as a user does. */
  private void tick(String entityType) {
    WebElement label =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//div[@id='"
                        + FORM
                        + ":referringEntityTypes']//label[normalize-space(.)='"
                        + entityType
                        + "']"));
    label.click();
    browser.await(d -> d.findElement(By.id(label.getAttribute("for"))).isSelected());
  }

  /** The header of a language's tab. */
  private WebElement tab(String language) {
    return browser
        .driver()
        .findElement(By.cssSelector("a[href='#" + FORM + ":languages:tab_" + language + "']"));
  }

  private void type(String id, String text) {
    WebElement input = browser.driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private List<String> codesShown() {
    return browser
        .driver()
        .findElements(By.cssSelector("tbody[id='" + TABLE + "_data'] a.template-link"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The text of one column in every row shown, by the column's id. */
  private List<String> columnShown(String column) {
    return browser
        .driver()
        .findElements(By.cssSelector("tbody[id='" + TABLE + "_data'] tr"))
        .stream()
        .map(row -> row.findElements(By.tagName("td")).get(columnIndex(column)).getText().trim())
        .toList();
  }

  private String cell(String code, String column) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//tbody[@id='"
                    + TABLE
                    + "_data']/tr[.//a[text()='"
                    + code
                    + "']]/td["
                    + (columnIndex(column) + 1)
                    + "]"))
        .getText()
        .trim();
  }

  private int columnIndex(String column) {
    List<WebElement> headers =
        browser.driver().findElements(By.cssSelector("thead[id='" + TABLE + "_head'] th"));
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).getAttribute("id").equals(TABLE + ":" + column)) {
        return i;
      }
    }
    throw new AssertionError("no column " + column);
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private String text(String id) {
    return browser.driver().findElement(By.id(id)).getText().trim();
  }

  private String value(String id) {
    return browser.driver().findElement(By.id(id)).getAttribute("value");
  }
}
