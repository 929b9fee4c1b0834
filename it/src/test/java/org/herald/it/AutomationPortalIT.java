package org.herald.it;

import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestEvents.anEvent;
import static org.herald.it.support.TestEvents.awaitProcessed;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.herald.it.support.Browser;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * An admin reads Company ZX's automations, its segments with their live members, and the events log
 * with what each automation made of each event, in a real browser.
 */
class AutomationPortalIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();

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
  void automationsSegmentsAndTheEventsLogAreShown() {
    String contact = aContact().named("Maria Georgiou").create(api);
    String segment = "S_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
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
}
