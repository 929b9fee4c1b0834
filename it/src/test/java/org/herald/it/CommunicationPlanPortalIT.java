package org.herald.it;

import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.herald.it.support.AdminBrowser;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Browser;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.PortalUsers;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The communication plan screens in a real browser: an admin opens them from the Automation menu,
 * writes a plan in the editor (each broken rule named beside its field, nothing stored), sends it
 * now and follows its run to the end with its counts, finds the run among the plan's runs and the
 * plan in the list; an operator schedules one once with the preferences overridden; a viewer reads
 * a plan but has no action, and an action it forges sends nothing.
 */
class CommunicationPlanPortalIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();

  @RegisterExtension static final AdminBrowser ADMIN_SESSION = new AdminBrowser();

  private final HeraldClient api = HeraldClient.backOffice();

  private String offerTemplate() {
    return anEmailTemplate()
        .named("Spring offer")
        .in("en", "Spring offer", "Dear #contact_information.name, 20% off this spring.")
        .create(api);
  }

  @Test
  void anAdminWritesAPlanSendsItAndSeesItsRunCompleteWithItsCounts() {
    String optedIn = aContact().named("Maria Portal").optedIn(true, false).create(api);
    String alsoIn = aContact().named("Anna Portal").optedIn(true, false).create(api);
    String optedOut = aContact().named("Kostas Portal").optedIn(false, false).create(api);
    String segment = CommunicationPlanIT.staticSegment(api, List.of(optedIn, alsoIn, optedOut));
    String template = offerTemplate();
    String code = CommunicationPlanIT.code("CP_");
    String form = "planForm";
    Browser admin = ADMIN_SESSION.get();

    admin.go("/herald/index.xhtml");
    admin.openFromMenu("Automation", "Communication plans");
    admin.await(d -> d.getCurrentUrl().contains("communication-plans.xhtml"));
    admin.driver().findElement(By.id("plansForm:newPlan")).click();
    admin.await(d -> !d.findElements(By.id(form + ":code")).isEmpty());
    admin.type(form + ":code", code);
    admin.type(form + ":name", "Spring offer");
    admin.type(form + ":expiresAfter", "three days");
    admin.driver().findElement(By.id(form + ":save")).click();
    admin.await(d -> admin.text(form + ":messages").contains("expiresAfter"));
    String messages = admin.text(form + ":messages");
    assertTrue(messages.contains("templates"), "no template chosen: " + messages);
    assertTrue(messages.contains("segments"), "no segment chosen: " + messages);
    assertEquals(404, api.get("/communication-plans/" + code).status(), "nothing stored");

    admin.tick(form + ":templates", template);
    admin.tick(form + ":segments", segment);
    admin.type(form + ":expiresAfter", "P3D");
    admin.driver().findElement(By.id(form + ":save")).click();
    admin.await(d -> d.getCurrentUrl().contains("code=" + code));
    JsonObject stored = api.get("/communication-plans/" + code).json();
    assertEquals("Spring offer", stored.getString("name"));
    assertEquals("DIRECT_MARKETING", stored.getString("classification"));
    assertEquals(List.of(template), strings(stored, "templates"));
    assertEquals(List.of(segment), strings(stored, "segments"));
    assertEquals("P3D", stored.getString("expiresAfter"));
    assertFalse(stored.getBoolean("overridePreferences"));
    admin.screenshot("communication-plan");

    // Send now: the run's page follows it to the end; the opted-out contact is counted.
    admin.driver().findElement(By.id("sendForm:sendNow")).click();
    admin.await(d -> d.getCurrentUrl().contains("notification-run.xhtml?number="));
    String number = admin.driver().getCurrentUrl().replaceAll(".*number=", "");
    NotificationPortalIT.awaitState(admin, "COMPLETED");
    assertEquals(code, admin.text("runForm:plan"));
    assertEquals(3, NotificationPortalIT.figure(admin, "candidates"));
    assertEquals(2, NotificationPortalIT.figure(admin, "created"));
    assertEquals(1, NotificationPortalIT.figure(admin, "skippedConsent"));
    JsonObject run = api.get("/notification-runs/" + number).json();
    assertEquals(code, run.getString("communicationPlan"));
    assertEquals(2, run.getInt("created"));

    // Back on the plan: its run with its counts.
    admin.driver().findElement(By.id("runForm:plan")).click();
    admin.await(d -> admin.text("sendForm:runs").contains(number));
    String runs = admin.text("sendForm:runs");
    assertTrue(runs.contains("COMPLETED"), runs);
    assertTrue(runs.contains(code), runs);
    admin.screenshot("communication-plan-runs");

    admin.go("/herald/communication-plans.xhtml");
    admin.await(d -> admin.text("plansForm:plans").contains(code));
    String list = admin.text("plansForm:plans");
    assertTrue(list.contains(template), list);
    assertTrue(list.contains(segment), list);
    assertTrue(list.contains("after P3D"), list);
    assertTrue(list.contains("Herald (SMTP/SMPP)"), list);
    assertTrue(list.contains("respected"), list);
    admin.screenshot("communication-plans");
  }

  @Test
  void anOperatorOverridesPreferencesAndSchedulesAPlanOnceAndAViewerOnlyReads() {
    String segment =
        CommunicationPlanIT.staticSegment(
            api, List.of(aContact().optedIn(false, false).create(api)));
    String code = CommunicationPlanIT.code("CP_");
    ApiResponse created =
        api.post(
            "/communication-plans",
            Map.of(
                "code",
                code,
                "name",
                "Outage notice",
                "templates",
                List.of(offerTemplate()),
                "segments",
                List.of(segment)));
    assertEquals(201, created.status(), created.toString());
    String year = String.valueOf(LocalDate.now().getYear() + 1);
    String scheduled = null;
    try (Browser operator = PortalUsers.loggedIn(ADMIN_SESSION.get(), "OPERATOR")) {
      operator.go("/herald/communication-plan.xhtml?code=" + code);
      operator.await(d -> !d.findElements(By.id("planForm:overridePreferences")).isEmpty());
      operator
          .driver()
          .findElement(By.cssSelector("[id='planForm:overridePreferences'] .ui-chkbox-box"))
          .click();
      operator.driver().findElement(By.id("planForm:save")).click();
      operator.await(d -> operator.text("planForm:messages").contains(code + " saved"));
      assertTrue(api.get("/communication-plans/" + code).json().getBoolean("overridePreferences"));

      // Once, next year at 09:00 in Athens: a SCHEDULED run among the plan's runs.
      operator.setValue("sendForm:scheduledFor_input", year + "-03-02 09:00");
      operator.type("sendForm:scheduleZone", "Europe/Athens");
      operator.driver().findElement(By.id("sendForm:scheduleOnce")).click();
      operator.await(d -> operator.text("sendForm:messages").contains("scheduled for"));
      JsonObject run =
          api.get("/communication-plans/" + code + "/runs")
              .json()
              .getJsonArray("items")
              .getJsonObject(0);
      scheduled = run.getString("number");
      assertEquals("SCHEDULED", run.getString("state"));
      assertTrue(run.getString("scheduledFor").startsWith(year + "-03-02T07:00"), run.toString());
      assertTrue(run.getBoolean("overridePreferences"), run.toString());
      String number = scheduled;
      operator.await(d -> operator.text("sendForm:runs").contains(number));
      operator.go("/herald/communication-plans.xhtml");
      operator.await(d -> operator.text("plansForm:plans").contains(code));
      // The plan's row: no expiry of its own, preferences overridden.
      String row =
          operator
              .driver()
              .findElement(
                  By.xpath(
                      "//*[@id='plansForm:plans']//tr[.//a[normalize-space(.)='" + code + "']]"))
              .getText();
      assertTrue(row.contains("queue default"), row);
      assertTrue(row.contains("overridden"), row);
    } finally {
      if (scheduled != null) {
        api.post("/notification-runs/" + scheduled + "/cancel", null);
      }
    }

    try (Browser viewer = PortalUsers.loggedIn(ADMIN_SESSION.get(), "VIEWER")) {
      viewer.go("/herald/communication-plan.xhtml?code=" + code);
      viewer.await(d -> !d.findElements(By.id("planForm:name")).isEmpty());
      assertTrue(viewer.driver().findElements(By.id("planForm:save")).isEmpty());
      assertTrue(viewer.driver().findElements(By.id("sendForm:sendNow")).isEmpty());
      String answer = viewer.forge("sendForm", "sendForm:sendNow", Map.of());
      assertTrue(answer.startsWith("<?xml"), "a partial response, not an error: " + answer);
      assertEquals(
          1,
          api.get("/communication-plans/" + code + "/runs").json().getInt("totalItems"),
          "the forged send made no run");
    }
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
