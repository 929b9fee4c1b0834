package org.herald.it;

import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestEntities.an;
import static org.herald.it.support.TestEvents.anEvent;
import static org.herald.it.support.TestEvents.awaitProcessed;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.herald.it.support.AdminBrowser;
import org.herald.it.support.Browser;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * An admin reads Company ZX's automations, its segments with their live members, and the events log
 * with what each automation made of each event, in a real browser.
 */
class AutomationPortalIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();

  @RegisterExtension static final AdminBrowser BROWSER = new AdminBrowser();

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void automationsSegmentsAndTheEventsLogAreShown() {
    Browser browser = BROWSER.get();
    String contact = aContact().named("Maria Georgiou").create(api);
    // The segments screen lists by code, 20 a page, and the suite makes dozens: a code sorting
    // before letters keeps this one on the first page.
    String segment = "0_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertEquals(
        201,
        api.post("/segments", Map.of("code", segment, "name", "VIP", "kind", "STATIC")).status());
    api.post("/segments/" + segment + "/members", Map.of("contacts", List.of(contact)));
    String template =
        anEmailTemplate().referringTo("service_request").in("en", "Closed", "Closed").create(api);
    String automation = "P_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertEquals(
        201,
        api.post(
                "/automations",
                Map.of(
                    "code",
                    automation,
                    "name",
                    "Request closed",
                    "eventType",
                    "service_request.closed",
                    "emailTemplate",
                    template,
                    "segments",
                    List.of(segment),
                    "conditions",
                    List.of(
                        Map.of(
                            "path",
                            "service_request.type",
                            "operator",
                            "EQUALS",
                            "value",
                            "REPAIR"))))
            .status());
    String event =
        anEvent(
                "service_request.closed",
                "SR" + UUID.randomUUID().toString().substring(0, 8),
                contact)
            .values(Map.of("type", "REPAIR"))
            .post(api);
    awaitProcessed(api, event);

    browser.go("/herald/automations.xhtml");
    browser.await(
        d -> d.findElement(By.id("automationsForm:automations")).getText().contains(automation));
    String automations = browser.text("automationsForm:automations");
    assertTrue(automations.contains("service_request.type EQUALS REPAIR"), automations);
    assertTrue(automations.contains(segment), automations);
    browser.screenshot("automations");

    browser.go("/herald/segments.xhtml");
    browser.await(d -> d.findElement(By.id("segmentsForm:segments")).getText().contains(segment));
    browser.driver().findElements(By.linkText(segment)).get(0).click();
    browser.await(d -> browser.text("segmentsForm:members").contains(segment + ": 1 members"));
    assertTrue(browser.text("segmentsForm:members").contains(contact));
    browser.screenshot("segments");

    browser.go("/herald/events.xhtml");
    browser.await(d -> d.findElement(By.id("eventsForm:events")).getText().contains(event));
    String log = browser.text("eventsForm:events");
    assertTrue(log.contains(automation + " EMAIL"), log);
    assertTrue(log.contains("SENT"), log);
    browser.screenshot("events");
  }

  @Test
  void anAutomationIsWrittenInTheEditorWithItsConditions() {
    Browser browser = BROWSER.get();
    String template =
        anEmailTemplate()
            .referringTo("payment")
            .in("en", "Receipt", "Paid #payment.amount")
            .create(api);
    String code = "P_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String form = "automationForm";

    browser.go("/herald/automation.xhtml");
    browser.type(form + ":code", code);
    browser.type(form + ":name", "Receipts over 10");
    browser.choose(form + ":eventType", "payment.posted");
    browser.choose(form + ":emailTemplate", template);
    browser.choose(form + ":classification", "FINANCIAL");
    browser.driver().findElement(By.id(form + ":addCondition")).click();
    browser.await(d -> !d.findElements(By.id(form + ":rows:0:path_input")).isEmpty());
    browser.type(form + ":rows:0:path_input", "payment.amount");
    // Leave the field: the catalogue's suggestions close rather than cover the operator.
    browser
        .driver()
        .findElement(By.id(form + ":rows:0:path_input"))
        .sendKeys(Keys.ESCAPE, Keys.TAB);
    browser.choose(form + ":rows:0:operator", "MORE_THAN");
    browser.type(form + ":rows:0:value", "lots");
    browser.driver().findElement(By.id(form + ":save")).click();
    browser.await(d -> browser.text(form + ":messages").contains("conditions[0].value"));
    assertEquals(404, api.get("/automations/" + code).status(), "nothing stored");

    browser.type(form + ":rows:0:value", "10");
    browser.driver().findElement(By.id(form + ":save")).click();
    browser.await(d -> d.getCurrentUrl().contains("code=" + code));
    JsonObject stored = api.get("/automations/" + code).json();
    assertEquals("payment.posted", stored.getString("eventType"));
    assertEquals(template, stored.getString("emailTemplate"));
    assertEquals("FINANCIAL", stored.getString("classification"));
    JsonObject condition = stored.getJsonArray("conditions").getJsonObject(0);
    assertEquals("payment.amount", condition.getString("path"));
    assertEquals("MORE_THAN", condition.getString("operator"));
    assertEquals("10", condition.getString("value"));
    browser.screenshot("automation");
  }

  @Test
  void segmentsAreWrittenInTheEditorAndShowTheirMembersLive() {
    Browser browser = BROWSER.get();
    String name = "Maria " + UUID.randomUUID().toString().substring(0, 8);
    String contact = aContact().named(name).create(api);

    String byName = segmentCode();
    newSegment(browser, byName, "Named " + name, null);
    condition(browser, "contact_information.name", name);
    save(browser, byName);
    awaitCount(browser, 1);
    assertTrue(browser.text(FORM + ":members").contains(contact));
    browser.screenshot("segment");

    String vip = segmentCode();
    newSegment(browser, vip, "VIP", null);
    makeStatic(browser);
    save(browser, vip);
    addMember(browser, contact);
    awaitCount(browser, 1);
    assertEquals(1, api.get("/segments/" + vip + "/count").json().getInt("count"));
    browser.driver().findElement(By.id(FORM + ":members:0:removeContact")).click();
    awaitCount(browser, 0);
  }

  @Test
  void aSegmentOfAccountsReceivableIsWrittenInTheEditorAndListsThoseRecords() {
    Browser browser = BROWSER.get();
    String name = "Account " + UUID.randomUUID().toString().substring(0, 8);
    String contact = aContact().named(name).create(api);
    String account =
        an("accounts_receivable", "AR")
            .with("name", name)
            .with("outstanding_amount", "350.00")
            .with("contact", contact)
            .put(api);

    String owing = segmentCode();
    newSegment(browser, owing, "Owing " + name, "accounts_receivable");
    condition(browser, "accounts_receivable.name", name);
    save(browser, owing);
    awaitCount(browser, 1);
    assertTrue(browser.text(FORM + ":members").contains(account));
    assertEquals(
        "accounts_receivable", api.get("/segments/" + owing).json().getString("entityType"));

    String picked = segmentCode();
    newSegment(browser, picked, "Picked accounts", "accounts_receivable");
    makeStatic(browser);
    save(browser, picked);
    addMember(browser, account);
    awaitCount(browser, 1);
    assertTrue(browser.text(FORM + ":members").contains(account));
    assertEquals(1, api.get("/segments/" + picked + "/count").json().getInt("count"));
  }

  private static final String FORM = "segmentForm";

  private static String segmentCode() {
    return "S_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** Opens the editor on a new segment; {@code entityType} null keeps the default, contacts. */
  private static void newSegment(Browser browser, String code, String name, String entityType) {
    browser.go("/herald/segment.xhtml");
    browser.type(FORM + ":code", code);
    browser.type(FORM + ":name", name);
    if (entityType != null) {
      browser.choose(FORM + ":entityType", entityType);
    }
  }

  /** Adds a condition row, path EQUALS value. */
  private static void condition(Browser browser, String path, String value) {
    browser.driver().findElement(By.id(FORM + ":addCondition")).click();
    browser.await(d -> !d.findElements(By.id(FORM + ":rows:0:path_input")).isEmpty());
    browser.type(FORM + ":rows:0:path_input", path);
    // Leave the field: the catalogue's suggestions close rather than cover the operator.
    browser
        .driver()
        .findElement(By.id(FORM + ":rows:0:path_input"))
        .sendKeys(Keys.ESCAPE, Keys.TAB);
    browser.type(FORM + ":rows:0:value", value);
  }

  private static void makeStatic(Browser browser) {
    browser
        .driver()
        .findElement(By.xpath("//*[@id='" + FORM + ":kind']//*[text()='STATIC']"))
        .click();
    browser.await(d -> d.findElements(By.id(FORM + ":addCondition")).isEmpty());
  }

  /** Saves a new segment and waits for its own page. */
  private static void save(Browser browser, String code) {
    browser.driver().findElement(By.id(FORM + ":save")).click();
    browser.await(d -> d.getCurrentUrl().contains("code=" + code));
  }

  private static void addMember(Browser browser, String number) {
    browser.type(FORM + ":contactToAdd", number);
    browser.driver().findElement(By.id(FORM + ":addContact")).click();
  }

  private static void awaitCount(Browser browser, int members) {
    browser.await(d -> browser.text(FORM + ":count").equals(members + " members now"));
  }
}
