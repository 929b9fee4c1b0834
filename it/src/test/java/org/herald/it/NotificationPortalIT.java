package org.herald.it;

import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestEntities.an;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.herald.api.notification.NewNotificationRunDto;
import org.herald.it.support.AdminBrowser;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Browser;
import org.herald.it.support.Database;
import org.herald.it.support.Eventually;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.PortalUsers;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;

/**
 * The notification screens in a real browser: an admin writes a notification type in the editor
 * (each broken rule named beside its field, nothing stored) and finds it in the list; an operator
 * starts a run now, follows its counts live until it completes, pauses and resumes one, schedules
 * one once and cancels it, and adds and stops a weekly schedule; a viewer sees runs but has no
 * action, and an action it forges changes nothing.
 */
class NotificationPortalIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();

  @RegisterExtension static final AdminBrowser ADMIN_SESSION = new AdminBrowser();

  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void anAdminWritesANotificationTypeInTheEditorAndFindsItInTheList() {
    Browser admin = ADMIN_SESSION.get();
    String template = NotificationTypeApiIT.arEmailTemplate(api);
    String code = NotificationTypeApiIT.code();
    String form = "typeForm";

    admin.go("/herald/notification-type.xhtml");
    admin.type(form + ":code", code);
    admin.type(form + ":name", "Outstanding amounts");
    admin.choose(form + ":classification", "FINANCIAL");
    admin.choose(form + ":topic", "ACCOUNTS_RECEIVABLE_STATE");
    admin.type(form + ":expiresAfter", "three days");
    admin.driver().findElement(By.id(form + ":save")).click();
    admin.await(d -> admin.text(form + ":messages").contains("expiresAfter"));
    String messages = admin.text(form + ":messages");
    assertTrue(messages.contains("templates"), "no template chosen: " + messages);
    assertEquals(404, api.get("/notification-types/" + code).status(), "nothing stored");

    admin.tick(form + ":templates", template);
    admin.type(form + ":expiresAfter", "P3D");
    admin.choose(form + ":dataProtection", "DIRECT_MARKETING");
    admin.driver().findElement(By.id(form + ":save")).click();
    admin.await(d -> d.getCurrentUrl().contains("code=" + code));
    JsonObject stored = api.get("/notification-types/" + code).json();
    assertEquals("Outstanding amounts", stored.getString("name"));
    assertEquals("FINANCIAL", stored.getString("classification"));
    assertEquals("ACCOUNTS_RECEIVABLE_STATE", stored.getString("topic"));
    assertEquals(template, stored.getJsonArray("templates").getString(0));
    assertEquals("P3D", stored.getString("expiresAfter"));
    assertEquals("DIRECT_MARKETING", stored.getString("dataProtection"));
    admin.screenshot("notification-type");

    // The topic is fixed once the type exists; the rest is edited and saved again.
    assertTrue(
        admin
            .driver()
            .findElement(By.id(form + ":topic"))
            .getAttribute("class")
            .contains("disabled"));
    admin.type(form + ":name", "Outstanding amounts, weekly");
    admin.driver().findElement(By.id(form + ":save")).click();
    admin.await(d -> admin.text(form + ":messages").contains(code + " saved"));
    assertEquals(
        "Outstanding amounts, weekly",
        api.get("/notification-types/" + code).json().getString("name"));

    admin.go("/herald/notification-types.xhtml");
    admin.await(d -> admin.text("notificationTypesForm:types").contains(code));
    String list = admin.text("notificationTypesForm:types");
    assertTrue(list.contains(template), list);
    assertTrue(list.contains("after P3D"), list);
    assertTrue(list.contains("DIRECT_MARKETING"), list);
    assertTrue(list.contains("Herald (SMTP/SMPP)"), list);
    admin.screenshot("notification-types");
  }

  @Test
  void anOperatorStartsPausesResumesAndFollowsARunLive() {
    String type = aType();
    accounts(10);
    try (Browser operator = PortalUsers.loggedIn(ADMIN_SESSION.get(), "OPERATOR")) {
      assertFalse(operator.driver().findElements(menuEntry("Runs")).isEmpty(), "in the menu");

      // Start now: the run's page follows it until it completes, without a reload.
      operator.go("/herald/notification-runs.xhtml");
      operator.choose("runsForm:notificationType", type);
      operator.driver().findElement(By.id("runsForm:startNow")).click();
      operator.await(d -> d.getCurrentUrl().contains("notification-run.xhtml?number="));
      String started = operator.driver().getCurrentUrl().replaceAll(".*number=", "");
      markPage(operator);
      awaitState(operator, "COMPLETED");
      assertTrue(pageKept(operator), "counts came by AJAX, not by a reload");
      JsonObject done = run(started);
      assertEquals("COMPLETED", done.getString("state"));
      assertEquals(done.getJsonNumber("candidates").longValue(), figure(operator, "candidates"));
      assertEquals(done.getJsonNumber("created").longValue(), figure(operator, "created"));
      assertTrue(figure(operator, "created") >= 10, "an email per account with a contact");
      assertFalse(
          operator.driver().findElements(By.cssSelector("[id='runForm:chart'] canvas")).isEmpty());
      // The emails reach the mail server: the delivery figures follow, counted again on demand.
      Eventually.await(RUN_TIMEOUT, () -> countAgain(operator, "delivered"), n -> n >= 10);
      operator.screenshot("notification-run");

      // A run held as a node leaves it mid-run (RUNNING, its job gone) is paused here, then
      // resumed, and its counts move live to the end.
      String held = heldRun(type);
      operator.go("/herald/notification-run.xhtml?number=" + held);
      operator.await(d -> operator.text("runForm:state").equals("RUNNING"));
      operator.driver().findElement(By.id("runForm:pause")).click();
      operator.await(d -> operator.text("runForm:state").equals("PAUSED"));
      assertEquals("PAUSED", run(held).getString("state"));
      assertTrue(operator.driver().findElements(By.id("runForm:pause")).isEmpty());
      markPage(operator);
      operator.driver().findElement(By.id("runForm:resume")).click();
      awaitState(operator, "COMPLETED");
      assertTrue(pageKept(operator));
      assertEquals(
          run(held).getJsonNumber("candidates").longValue(), figure(operator, "candidates"));

      operator.go("/herald/notification-runs.xhtml");
      operator.await(d -> operator.text("runsForm:runs").contains(held));
      assertTrue(operator.text("runsForm:runs").contains(started));
      operator.screenshot("notification-runs");
    }
  }

  @Test
  void anOperatorSchedulesRunsOnceAndWeeklyAndStopsThem() {
    String type = aType();
    try (Browser operator = PortalUsers.loggedIn(ADMIN_SESSION.get(), "OPERATOR")) {
      operator.go("/herald/notification-runs.xhtml");
      operator.choose("runsForm:notificationType", type);

      // Once, next year at 09:00 in Athens: a SCHEDULED run, which is cancelled on its page.
      operator.setValue(
          "runsForm:scheduledFor_input", (LocalDate.now().getYear() + 1) + "-03-02 09:00");
      operator.type("runsForm:scheduleZone", "Europe/Athens");
      operator.driver().findElement(By.id("runsForm:scheduleOnce")).click();
      operator.await(d -> operator.text("runsForm:messages").contains("scheduled for"));
      JsonObject scheduled =
          api.get("/notification-runs?notificationType=" + type)
              .json()
              .getJsonArray("items")
              .getJsonObject(0);
      assertEquals("SCHEDULED", scheduled.getString("state"));
      assertTrue(
          scheduled
              .getString("scheduledFor")
              .startsWith((LocalDate.now().getYear() + 1) + "-03-02T07:00"),
          scheduled.toString());
      String number = scheduled.getString("number");
      operator.await(d -> operator.text("runsForm:runs").contains(number));
      operator.driver().findElement(By.linkText(number)).click();
      operator.await(d -> operator.text("runForm:state").equals("SCHEDULED"));
      operator.driver().findElement(By.id("runForm:cancel")).click();
      operator.await(d -> operator.text("runForm:state").equals("CANCELLED"));
      assertEquals("CANCELLED", run(number).getString("state"));

      // Weekly: a bad time and no day are named beside their fields, nothing stored.
      operator.go("/herald/notification-runs.xhtml");
      operator.choose("runsForm:notificationType", type);
      operator.choose("runsForm:frequency", "WEEKLY");
      operator.await(d -> !d.findElements(By.id("runsForm:dayOfWeek")).isEmpty());
      operator.type("runsForm:time", "25:00");
      operator.type("runsForm:timeZone", "Europe/Athens");
      operator.driver().findElement(By.id("runsForm:addSchedule")).click();
      operator.await(d -> operator.text("runsForm:messages").contains("is not a time HH:mm"));
      assertTrue(operator.text("runsForm:messages").contains("dayOfWeek"));
      assertEquals(0, schedules(type));

      operator.choose("runsForm:dayOfWeek", "MONDAY");
      operator.type("runsForm:time", "09:00");
      operator.driver().findElement(By.id("runsForm:addSchedule")).click();
      operator.await(
          d ->
              operator
                  .text("runsForm:schedules")
                  .contains("WEEKLY on MONDAY at 09:00 Europe/Athens"));
      assertEquals(1, schedules(type));
      operator.screenshot("notification-schedules");
      operator.driver().findElement(By.id("runsForm:schedules:0:deleteSchedule")).click();
      operator.await(d -> operator.text("runsForm:messages").contains("stopped"));
      assertEquals(0, schedules(type));
    }
  }

  @Test
  void aViewerSeesRunsButHasNoActionAndAForgedOneChangesNothing() {
    String type = aType();
    String number =
        run(
            type,
            api.post(
                "/notification-runs",
                new NewNotificationRunDto(type, Instant.now().plus(Duration.ofDays(30)))));
    try (Browser viewer = PortalUsers.loggedIn(ADMIN_SESSION.get(), "VIEWER")) {
      assertFalse(viewer.driver().findElements(menuEntry("Notification types")).isEmpty());
      viewer.go("/herald/notification-runs.xhtml");
      viewer.await(d -> viewer.text("runsForm:runs").contains(number));
      assertTrue(viewer.driver().findElements(By.id("runsForm:startNow")).isEmpty());
      assertTrue(viewer.driver().findElements(By.id("runsForm:addSchedule")).isEmpty());

      viewer.go("/herald/notification-run.xhtml?number=" + number);
      viewer.await(d -> viewer.text("runForm:state").equals("SCHEDULED"));
      assertTrue(viewer.driver().findElements(By.id("runForm:cancel")).isEmpty());
      String answer = forge(viewer, "runForm", "runForm:cancel");
      assertTrue(answer.startsWith("<?xml"), "a partial response, not an error: " + answer);
      assertFalse(answer.contains("cancelled"), answer);
      assertEquals("SCHEDULED", run(number).getString("state"));

      viewer.go("/herald/notification-type.xhtml?code=" + type);
      viewer.await(d -> !d.findElements(By.id("typeForm:name")).isEmpty());
      assertTrue(viewer.driver().findElements(By.id("typeForm:save")).isEmpty());
    } finally {
      api.post("/notification-runs/" + number + "/cancel", null);
    }
  }

  /** A notification type over accounts receivable, by email, made over the API. */
  private String aType() {
    String code = NotificationTypeApiIT.code();
    ApiResponse created =
        api.post(
            "/notification-types",
            NotificationTypeApiIT.type(
                code,
                "ACCOUNTS_RECEIVABLE_STATE",
                List.of(NotificationTypeApiIT.arEmailTemplate(api))));
    assertEquals(201, created.status(), created.toString());
    return code;
  }

  /** Accounts receivable, each of its own contact with an email address. */
  private void accounts(int count) {
    String prefix = "P" + UUID.randomUUID().toString().substring(0, 6) + "-";
    for (int a = 0; a < count; a++) {
      an("accounts_receivable", prefix)
          .with("name", "Account " + a)
          .with("outstanding_amount", "12.50")
          .with("contact", aContact().create(api))
          .put(api);
    }
  }

  /**
   * A run as a node stopped mid-run leaves it: started and paused over the API, then marked RUNNING
   * under a new attempt, which its old job (if still between chunks) gives way to, and fresh enough
   * that no node takes it over: it stays RUNNING, still, until someone acts.
   */
  private String heldRun(String type) {
    String number =
        run(type, api.post("/notification-runs", new NewNotificationRunDto(type, null)));
    api.post("/notification-runs/" + number + "/pause", null);
    Eventually.await(RUN_TIMEOUT, () -> run(number), r -> !r.getString("state").equals("RUNNING"));
    assertEquals(
        1,
        Database.execute(
            "UPDATE notification_run SET state = 'RUNNING', attempt = attempt + 1,"
                + " finished_at = NULL, heartbeat_at = now() WHERE number = ?",
            number));
    return number;
  }

  /** A run goes over every account receivable in the database: longer than a page's wait. */
  static void awaitState(Browser browser, String state) {
    Eventually.await(RUN_TIMEOUT, () -> stateShown(browser), state::equals);
  }

  /** The state on the run's page; empty while the poll is replacing it (a stale element). */
  private static String stateShown(Browser browser) {
    try {
      return browser.text("runForm:state");
    } catch (WebDriverException e) {
      return "";
    }
  }

  private static String run(String type, ApiResponse started) {
    assertEquals(201, started.status(), started.toString());
    return started.json().getString("number");
  }

  private JsonObject run(String number) {
    return api.get("/notification-runs/" + number).json();
  }

  private long schedules(String type) {
    return api.get("/notification-schedules?notificationType=" + type)
        .json()
        .getJsonArray("items")
        .size();
  }

  /** Marks the window: a full page load would drop the mark. */
  private static void markPage(Browser browser) {
    ((JavascriptExecutor) browser.driver()).executeScript("window.heraldSamePage = true");
  }

  private static boolean pageKept(Browser browser) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) browser.driver())
            .executeScript("return window.heraldSamePage === true"));
  }

  /** What a browser could send anyway: the form's AJAX request for a button it was not shown. */
  private static String forge(Browser browser, String form, String button) {
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "var form = document.getElementById(arguments[0]);"
                    + "var data = new URLSearchParams(new FormData(form));"
                    + "data.set('jakarta.faces.source', arguments[1]);"
                    + "data.set('jakarta.faces.partial.ajax', 'true');"
                    + "data.set('jakarta.faces.partial.execute', arguments[1]);"
                    + "data.set('jakarta.faces.partial.render', arguments[0]);"
                    + "data.set(arguments[1], arguments[1]);"
                    + "data.set('primefaces.nonce', PrimeFaces.csp.NONCE_VALUE);"
                    + "fetch(form.action, {method: 'POST', body: data, headers:"
                    + " {'Faces-Request': 'partial/ajax'}})"
                    + ".then(r => r.text()).then(done, e => done('failed: ' + e));",
                form,
                button);
  }

  /**
   * Asks the run's page to count again and reads a figure; -1 while the page is replacing the
   * figures of an earlier click (the driver's element went stale): ask again.
   */
  private static long countAgain(Browser browser, String id) {
    try {
      browser.driver().findElement(By.id("runForm:refresh")).click();
      return figure(browser, id);
    } catch (WebDriverException e) {
      return -1;
    }
  }

  static long figure(Browser browser, String id) {
    return Long.parseLong(browser.text("runForm:" + id));
  }

  /** An entry of the header's menu, whether or not its group is open. */
  private static By menuEntry(String label) {
    return By.xpath("//*[@id='menu']//a[normalize-space(.)='" + label + "']");
  }
}
