package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestEntities.an;
import static org.herald.it.support.TestTemplates.anSmsTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.herald.it.support.AdminBrowser;
import org.herald.it.support.Browser;
import org.herald.it.support.Database;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.PortalUsers;
import org.herald.it.support.PullingSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The seed's communication screens in a real browser: New (recipient found by name, tags, the
 * unrestricted parameters the content lacks, a referring entity from the dialog), Save as draft,
 * Edit of the draft, Save, Follow up; the detail view shows an HTML email in a sandboxed frame; the
 * list filters by delivery state, failed ones stand out, and finds a contact by name. A viewer
 * cannot save.
 */
class CommunicationPortalIT {

  private static final String FORM = "communicationForm";
  private static final String TABLE = "communicationsForm:communications";

  @RegisterExtension static final AdminBrowser ADMIN_SESSION = new AdminBrowser();

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void aNewEmailIsSavedAsDraftThenEditedAndSavedThenFollowedUp() {
    String name = "Composer " + UUID.randomUUID().toString().substring(0, 8);
    String contact = aContact().named(name).create(api);
    String wallet = an("wallet", "WL").with("balance", 5).put(api);
    Browser admin = ADMIN_SESSION.get();

    admin.go("/herald/communications.xhtml");
    admin.driver().findElement(By.id("communicationsForm:new")).click();
    admin.await(d -> d.getCurrentUrl().contains("communication-form.xhtml"));
    chooseContact(admin, name.substring(0, 12), contact);
    admin.driver().findElement(By.id(FORM + ":subject_input")).sendKeys("Your wallet");
    admin
        .driver()
        .findElement(By.cssSelector("[id='" + FORM + ":contentEditor'] .ql-editor"))
        .sendKeys("Balance #wallet.balance, code #unrestricted.code");
    admin.driver().findElement(By.id(FORM + ":addMissing")).click();
    admin.await(d -> !d.findElements(By.cssSelector("input.unrestricted-value")).isEmpty());
    admin.driver().findElement(By.cssSelector("input.unrestricted-value")).sendKeys("X42");

    admin.driver().findElement(By.id(FORM + ":openEntities")).click();
    admin.await(d -> d.findElement(By.id("entitiesForm:entityNumber")).isDisplayed());
    admin.choose("entitiesForm:entityType", "wallet");
    admin.driver().findElement(By.id("entitiesForm:entityNumber")).sendKeys(wallet);
    admin.driver().findElement(By.id("entitiesForm:addEntity")).click();
    admin.await(d -> admin.text(FORM + ":entityList").contains("wallet " + wallet));
    admin.screenshot("communication-form");

    admin.driver().findElement(By.id(FORM + ":saveDraft")).click();
    admin.await(d -> d.getCurrentUrl().contains("communication.xhtml?number="));
    String number = admin.driver().getCurrentUrl().replaceAll(".*number=", "");
    JsonObject draft = api.get("/communications/" + number).json();
    assertEquals("DRAFT", draft.getString("status"));
    assertEquals(contact, draft.getString("contact"));
    assertEquals("X42", draft.getJsonObject("unrestricted").getString("code"));
    assertEquals(
        wallet, draft.getJsonArray("referringEntities").getJsonObject(0).getString("number"));

    admin.driver().findElement(By.id("edit")).click();
    admin.await(d -> d.getCurrentUrl().contains("communication-form.xhtml?number=" + number));
    WebElement subject = admin.driver().findElement(By.id(FORM + ":subject_input"));
    assertEquals("Your wallet", subject.getAttribute("value"));
    subject.clear();
    subject.sendKeys("Your wallet today");
    admin.driver().findElement(By.id(FORM + ":save")).click();
    admin.await(d -> d.getCurrentUrl().contains("communication.xhtml?number=" + number));
    JsonObject saved = api.get("/communications/" + number).json();
    assertEquals("COMPLETED", saved.getString("status"), saved::toString);
    assertEquals("Your wallet today", saved.getString("subject"));
    assertTrue(saved.getString("content").contains("Balance 5.00, code X42"), saved::toString);

    // The completed email's markup is shown in a sandboxed frame, never in the portal's page.
    WebElement frame = admin.driver().findElement(By.id("contentFrame"));
    assertEquals("", frame.getAttribute("sandbox"));
    assertTrue(frame.getAttribute("srcdoc").contains("Balance 5.00"), frame.getAttribute("srcdoc"));
    admin.screenshot("communication");

    admin.driver().findElement(By.id("followUp")).click();
    admin.await(d -> d.getCurrentUrl().contains("followUp=" + number));
    assertTrue(admin.text(FORM + ":followsUp").contains(number));
    admin
        .driver()
        .findElement(By.cssSelector("[id='" + FORM + ":contentEditor'] .ql-editor"))
        .sendKeys("Following up");
    admin.driver().findElement(By.id(FORM + ":saveDraft")).click();
    admin.await(d -> d.getCurrentUrl().contains("communication.xhtml?number="));
    String followUp = admin.driver().getCurrentUrl().replaceAll(".*number=", "");
    JsonObject made = api.get("/communications/" + followUp).json();
    assertEquals(number, made.getString("referringTo"));
    assertEquals(contact, made.getString("contact"));
  }

  @Test
  void aTemplateFillsTheFormAndAMarketingOneNeedsTheOverride() {
    String name = "Templated " + UUID.randomUUID().toString().substring(0, 8);
    String contact = aContact().named(name).optedIn(false, false).create(api);
    String template =
        anSmsTemplate()
            .named("Offer of the week")
            .in("en", null, "Our offer, #unrestricted.offer")
            .create(api);
    PullingSystem app = PullingSystem.register(api, "SMS");
    PullingSystem mailer = PullingSystem.register(api, "EMAIL");
    Browser admin = ADMIN_SESSION.get();

    admin.go("/herald/communication-form.xhtml?contact=" + contact);
    admin.choose(FORM + ":template", template + " · Offer of the week (SMS)");
    admin.driver().findElement(By.id(FORM + ":useTemplate")).click();
    admin.await(
        d ->
            d.findElements(By.id(FORM + ":contentText")).stream()
                .anyMatch(
                    body -> body.getAttribute("value").equals("Our offer, #unrestricted.offer")));
    // The template's unrestricted tag is added for a value; only systems handling SMS are offered.
    admin.driver().findElement(By.cssSelector("input.unrestricted-value")).sendKeys("two for one");
    String offered =
        admin.driver().findElement(By.id(FORM + ":processedBy_input")).getAttribute("textContent");
    assertTrue(offered.contains(app.code()), offered);
    assertFalse(offered.contains(mailer.code()), "a system without SMS is not offered");
    admin.choose(FORM + ":processedBy", app.code() + " · Pulling " + app.code());

    // Marketing to a contact who has not opted in is refused on completion, unless overridden.
    admin.choose(FORM + ":classification", "DIRECT_MARKETING");
    admin.driver().findElement(By.id(FORM + ":save")).click();
    admin.await(d -> admin.text(FORM + ":messages").contains("classification"));
    admin
        .driver()
        .findElement(By.cssSelector("[id='" + FORM + ":overridePreferences'] .ui-chkbox-box"))
        .click();
    admin.driver().findElement(By.id(FORM + ":save")).click();
    admin.await(d -> d.getCurrentUrl().contains("communication.xhtml?number="));
    String number = admin.driver().getCurrentUrl().replaceAll(".*number=", "");
    JsonObject made = api.get("/communications/" + number).json();
    assertEquals("COMPLETED", made.getString("status"), made::toString);
    assertEquals(app.code(), made.getString("processedBy"));
    assertEquals(template, made.getString("template"), made::toString);
    assertEquals("SMS", made.getString("medium"));
    assertTrue(made.getBoolean("overridePreferences"), made::toString);
    assertEquals("two for one", made.getJsonObject("unrestricted").getString("offer"));
  }

  @Test
  void theEmailEditorsTagFinderInsertsACatalogueTagAtTheCursor() {
    Browser admin = ADMIN_SESSION.get();
    admin.go("/herald/communication-form.xhtml");
    By editor = By.cssSelector("[id='" + FORM + ":contentEditor'] .ql-editor");
    admin.await(d -> d.findElement(editor).isDisplayed());
    admin.driver().findElement(editor).click();
    admin.driver().findElement(editor).sendKeys("Your balance is ");
    admin.driver().findElement(By.id(FORM + ":tagFinder_input")).sendKeys("#wallet.bal");
    By balance =
        By.cssSelector(
            "[id='"
                + FORM
                + ":tagFinder_panel'] .ui-autocomplete-item[data-item-value='#wallet.balance']");
    admin.await(d -> d.findElement(balance).isDisplayed());
    admin.driver().findElement(balance).click();
    admin.await(d -> d.findElement(editor).getText().contains("Your balance is #wallet.balance"));
  }

  @Test
  void aRefusedSaveNamesTheFieldAndStoresNothing() {
    Browser admin = ADMIN_SESSION.get();
    long before = Database.count("SELECT COUNT(*) FROM communication");
    admin.go("/herald/communication-form.xhtml");
    admin.driver().findElement(By.id(FORM + ":contact_input")).sendKeys("CT999999999");
    admin.driver().findElement(By.id(FORM + ":saveDraft")).click();
    admin.await(d -> admin.text(FORM + ":messages").contains("contact"));
    assertEquals(before, Database.count("SELECT COUNT(*) FROM communication"));
  }

  @Test
  void theListFindsAContactByNameAndFiltersByDeliveryStateFailedOnesStandingOut() {
    String name = "Delivery " + UUID.randomUUID().toString().substring(0, 8);
    String contact = aContact().named(name).create(api);
    PullingSystem portal = PullingSystem.register(api);
    String delivered =
        create(anEmailTo(contact).subject("Delivered").processedBy(portal.code()).build());
    String failed = create(anEmailTo(contact).subject("Failed").processedBy(portal.code()).build());
    portal.report(delivered, "COMPLETED", null);
    portal.report(failed, "REJECTED", "NO_SUCH_USER");
    Browser admin = ADMIN_SESSION.get();

    admin.go("/herald/communications.xhtml");
    admin.driver().findElement(By.id(TABLE + ":contact:filter")).sendKeys(name.toLowerCase());
    admin.await(d -> numbersShown(admin).size() == 2);
    assertEquals(List.of(failed, delivered), numbersShown(admin));

    admin.choose(TABLE + ":deliveryFilter", "REJECTED");
    admin.await(d -> numbersShown(admin).equals(List.of(failed)));
    WebElement row =
        admin.driver().findElement(By.cssSelector("tbody[id='" + TABLE + "_data'] tr"));
    assertTrue(row.getAttribute("class").contains("herald-failed"), row.getAttribute("class"));
    admin.screenshot("communications");

    JsonObject page =
        api.get("/communications?contact=" + contact + "&deliveryState=REJECTED").json();
    assertEquals(1, page.getInt("totalItems"));
    assertEquals(failed, page.getJsonArray("items").getJsonObject(0).getString("number"));
    assertEquals(
        "deliveryState", api.get("/communications?deliveryState=LOST").errorFields().get(0));
  }

  @Test
  void aViewerCannotSave() {
    try (Browser viewer = PortalUsers.loggedIn(ADMIN_SESSION.get(), "VIEWER")) {
      viewer.go("/herald/communication-form.xhtml");
      viewer.await(d -> !d.findElements(By.id(FORM + ":readOnly")).isEmpty());
      assertTrue(viewer.driver().findElements(By.id(FORM + ":save")).isEmpty());
      assertTrue(viewer.driver().findElements(By.id(FORM + ":saveDraft")).isEmpty());
      viewer.go("/herald/communications.xhtml");
      assertFalse(viewer.driver().findElements(By.id(TABLE)).isEmpty());
      assertTrue(viewer.driver().findElements(By.id("communicationsForm:new")).isEmpty());
    }
  }

  private String create(Object communication) {
    return api.post("/communications", communication).json().getString("number");
  }

  /** Types part of a name in the recipient's autocomplete and picks the contact it offers. */
  private static void chooseContact(Browser browser, String typed, String contact) {
    browser.driver().findElement(By.id(FORM + ":contact_input")).sendKeys(typed);
    By offered = By.cssSelector("[id='" + FORM + ":contact_panel'] .ui-autocomplete-item");
    browser.await(
        d -> d.findElements(offered).stream().anyMatch(item -> item.getText().startsWith(contact)));
    browser.driver().findElements(offered).stream()
        .filter(item -> item.getText().startsWith(contact))
        .findFirst()
        .orElseThrow()
        .click();
    browser.await(
        d -> d.findElement(By.id(FORM + ":contact_input")).getAttribute("value").equals(contact));
  }

  private static List<String> numbersShown(Browser browser) {
    return browser
        .driver()
        .findElements(By.cssSelector("tbody[id='" + TABLE + "_data'] a.communication-link"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
