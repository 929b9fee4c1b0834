package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestCommunications.fromTemplate;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.herald.it.support.AdminBrowser;
import org.herald.it.support.Browser;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.PullingSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The dashboard is the landing page: per medium, the messages queued in the period and what became
 * of them (counted by the database), a chart of them, and the queue's backlog by state.
 */
class DashboardPortalIT {

  @RegisterExtension static final AdminBrowser ADMIN_SESSION = new AdminBrowser();

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void theFiguresCountWhatBecameOfTheMessagesQueuedInThePeriod() {
    Browser admin = ADMIN_SESSION.get();
    admin.go("/herald/");
    admin.await(d -> !d.findElements(By.id("totalSent")).isEmpty());
    long sentBefore = figure(admin, "totalSent");
    long failedBefore = figure(admin, "totalFailed");

    // Two emails a portal pulls: one it delivered, one it rejected.
    PullingSystem portal = PullingSystem.register(api);
    String contact = aContact().create(api);
    String delivered = create(anEmailTo(contact).processedBy(portal.code()).build());
    String failed = create(anEmailTo(contact).processedBy(portal.code()).build());
    portal.report(delivered, "COMPLETED", null);
    portal.report(failed, "REJECTED", "NO_SUCH_USER");

    admin.driver().findElement(By.id("dashboardForm:refresh")).click();
    admin.await(d -> figure(admin, "totalSent") >= sentBefore + 2);
    assertTrue(figure(admin, "totalFailed") >= failedBefore + 1);
    assertTrue(admin.text("figures").contains("EMAIL"), admin.text("figures"));
    assertFalse(
        admin.driver().findElements(By.cssSelector("[id='dashboardForm:chart'] canvas")).isEmpty());
    assertTrue(admin.text("dashboardForm:backlog").contains("REJECTED"));
    assertTrue(admin.text("dashboardForm:byTemplate").contains("none"), "made from no template");
    admin.screenshot("dashboard");

    // A period long past has nothing in it.
    setDay(admin, "dashboardForm:from_input", "2001-01-01");
    setDay(admin, "dashboardForm:to_input", "2001-01-31");
    admin.driver().findElement(By.id("dashboardForm:refresh")).click();
    admin.await(d -> figure(admin, "totalSent") == 0);
    assertEquals(0, figure(admin, "totalFailed"));
  }

  @Test
  void eachDayCountsTheMessagesOfTheMediumAndTemplateChosen() {
    // Three emails from a template of this test's own, which a portal pulls: one delivered, one
    // rejected, one still waiting; all queued today.
    PullingSystem portal = PullingSystem.register(api);
    String template =
        anEmailTemplate()
            .handledBy(portal.code())
            .in("en", "Over time", "Counted per day")
            .create(api);
    String contact = aContact().create(api);
    String delivered = create(fromTemplate(template, contact).build());
    String failed = create(fromTemplate(template, contact).build());
    create(fromTemplate(template, contact).build());
    portal.report(delivered, "COMPLETED", null);
    portal.report(failed, "REJECTED", "NO_SUCH_USER");

    Browser admin = ADMIN_SESSION.get();
    admin.go("/herald/");
    String today =
        admin.driver().findElement(By.id("dashboardForm:to_input")).getAttribute("value");
    admin.choose("dashboardForm:template", template);
    admin.await(d -> day(admin, today, "sent") == 3);
    assertEquals(1, day(admin, today, "delivered"));
    assertEquals(1, day(admin, today, "failed"));
    assertEquals(0, day(admin, today, "opened"));
    assertEquals(0, day(admin, today, "clicked"));
    assertEquals(0, day(admin, LocalDate.parse(today).minusDays(1).toString(), "sent"));
    assertFalse(
        admin
            .driver()
            .findElements(By.cssSelector("[id='dashboardForm:timeline'] canvas"))
            .isEmpty());
    admin.screenshot("dashboard-over-time");

    // The template's messages are emails: none of them is an SMS.
    admin.choose("dashboardForm:medium", "SMS");
    admin.await(d -> day(admin, today, "sent") == 0);
    admin.choose("dashboardForm:medium", "EMAIL");
    admin.await(d -> day(admin, today, "sent") == 3);
  }

  /** A figure of one day in the over-time table. */
  private static long day(Browser browser, String day, String figure) {
    for (WebElement row : browser.driver().findElements(By.cssSelector("tr.day-row"))) {
      if (row.findElement(By.cssSelector(".day")).getText().equals(day)) {
        return Long.parseLong(row.findElement(By.cssSelector("." + figure)).getText());
      }
    }
    throw new AssertionError("no row for " + day);
  }

  @Test
  void itIsWhereALoginLands() {
    try (Browser browser = Browser.asAdmin()) {
      browser.await(d -> !d.findElements(By.id("dashboardForm:chart")).isEmpty());
    }
  }

  private String create(Object communication) {
    return api.post("/communications", communication).json().getString("number");
  }

  /**
   * Sets a date picker's text, as the form submits it; typing is at the mercy of the picker's
   * popup, which keeps its earlier value.
   */
  private static void setDay(Browser browser, String input, String day) {
    WebElement box = browser.driver().findElement(By.id(input));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1]", box, day);
  }

  private static long figure(Browser browser, String id) {
    return Long.parseLong(browser.text(id));
  }
}
