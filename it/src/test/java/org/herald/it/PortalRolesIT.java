package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestTemplates.anSmsTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.herald.it.support.AdminBrowser;
import org.herald.it.support.Browser;
import org.herald.it.support.Database;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.PortalUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Roles are enforced on the server: a viewer reads templates, communications and contacts but is
 * offered no save, and a save it forges changes nothing, an operator edits templates but cannot
 * open settings or users, and an admin adds users, changes their roles and disables them (the
 * disabled user's session ends), each change in the user's history.
 */
class PortalRolesIT {

  private static final String FORM = "templateForm";

  @RegisterExtension static final AdminBrowser ADMIN_SESSION = new AdminBrowser();

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void aViewerReadsATemplateButASaveItForgesChangesNothing() {
    String code = anSmsTemplate().named("Viewer reads me").in("en", null, "Hello").create(api);
    try (Browser viewer = PortalUsers.loggedIn(admin(), "VIEWER")) {
      viewer.go("/herald/template.xhtml?code=" + code);
      viewer.await(d -> !d.findElements(By.id(FORM + ":readOnly")).isEmpty());
      assertTrue(viewer.driver().findElements(By.id(FORM + ":save")).isEmpty());
      assertTrue(viewer.driver().findElements(By.linkText("Settings")).isEmpty());

      String answer =
          viewer.forge(FORM, FORM + ":save", Map.of(FORM + ":name", "Forged by a viewer"));
      assertTrue(answer.startsWith("<?xml"), "a partial response, not an error: " + answer);
      assertFalse(answer.contains("saved"), answer);
      assertEquals("Viewer reads me", api.get("/templates/" + code).json().getString("name"));
    }
  }

  @Test
  void aViewerGetsNoSaveOnACommunicationOrContactAndWhatItForgesChangesNothing() {
    String contact = aContact().named("Viewer reads this contact").create(api);
    String draft =
        api.post("/communications", anEmailTo(contact).subject("As drafted").asDraft().build())
            .json()
            .getString("number");
    String completed =
        api.post("/communications", anEmailTo(contact).subject("Sent").build())
            .json()
            .getString("number");
    try (Browser viewer = PortalUsers.loggedIn(admin(), "VIEWER")) {
      // The draft's page offers no edit, a completed one no follow-up; the form itself no save.
      viewer.go("/herald/communication.xhtml?number=" + draft);
      viewer.await(d -> !d.findElements(By.id("subject")).isEmpty());
      assertTrue(viewer.driver().findElements(By.id("edit")).isEmpty());
      viewer.go("/herald/communication.xhtml?number=" + completed);
      viewer.await(d -> !d.findElements(By.id("subject")).isEmpty());
      assertTrue(viewer.driver().findElements(By.id("followUp")).isEmpty());
      viewer.go("/herald/communication-form.xhtml?number=" + draft);
      viewer.await(d -> !d.findElements(By.id("communicationForm:readOnly")).isEmpty());
      for (String action : new String[] {"save", "saveDraft"}) {
        assertTrue(viewer.driver().findElements(By.id("communicationForm:" + action)).isEmpty());
        String answer =
            viewer.forge(
                "communicationForm",
                "communicationForm:" + action,
                Map.of("communicationForm:subject", "Forged by a viewer"));
        assertTrue(answer.startsWith("<?xml"), "a partial response, not an error: " + answer);
      }
      viewer.go("/herald/communication-form.xhtml?followUp=" + completed);
      viewer.await(d -> !d.findElements(By.id("communicationForm:readOnly")).isEmpty());
      viewer.forge("communicationForm", "communicationForm:save", Map.of());
      assertEquals("DRAFT", api.get("/communications/" + draft).json().getString("status"));
      assertEquals("As drafted", api.get("/communications/" + draft).json().getString("subject"));
      assertEquals(
          2,
          Database.count(
              "SELECT COUNT(*) FROM communication c JOIN contact p"
                  + " ON p.id = c.contact_id WHERE p.number = ?",
              contact),
          "no follow-up made");

      viewer.go("/herald/contact.xhtml?number=" + contact);
      viewer.await(d -> !d.findElements(By.id("contactForm:history")).isEmpty());
      assertTrue(viewer.driver().findElements(By.id("contactForm:save")).isEmpty());
      assertTrue(viewer.driver().findElements(By.id("contactForm:erase")).isEmpty());
      viewer.forge("contactForm", "contactForm:save", Map.of("contactForm:name", "Forged"));
      viewer.forge("contactForm", "contactForm:erase", Map.of());
      assertEquals(
          "Viewer reads this contact", api.get("/contacts/" + contact).json().getString("name"));
    }
  }

  @Test
  void anOperatorEditsTemplatesButCannotOpenSettingsOrUsers() {
    String code = anSmsTemplate().named("Operator edits me").in("en", null, "Hello").create(api);
    try (Browser operator = PortalUsers.loggedIn(admin(), "OPERATOR")) {
      assertTrue(operator.driver().findElements(By.linkText("Settings")).isEmpty());
      assertTrue(operator.driver().findElements(By.linkText("Users")).isEmpty());
      for (String page : new String[] {"settings.xhtml", "users.xhtml"}) {
        operator.go("/herald/" + page);
        operator.await(d -> !d.findElements(By.id("forbidden")).isEmpty());
      }

      operator.go("/herald/template.xhtml?code=" + code);
      WebElement name = operator.driver().findElement(By.id(FORM + ":name"));
      name.clear();
      name.sendKeys("Edited by an operator");
      operator.driver().findElement(By.id(FORM + ":save")).click();
      operator.await(
          d -> d.findElement(By.id(FORM + ":messages")).getText().contains(code + " saved"));
      assertEquals("Edited by an operator", api.get("/templates/" + code).json().getString("name"));
      String history = operator.text(FORM + ":history");
      String user = operator.text("caller");
      assertTrue(history.contains(user + " changed"), "who changed it: " + history);
      assertTrue(history.contains("REST API or system created"), "made over REST: " + history);
    }
  }

  @Test
  void anAdminChangesAUsersRolesAndDisablesItWhoseSessionEnds() {
    String user = PortalUsers.add(admin(), "VIEWER");
    try (Browser browser = Browser.as(user, PortalUsers.PASSWORD)) {
      admin().go("/herald/users.xhtml");
      admin().driver().findElement(By.linkText(user)).click();
      admin().await(d -> !d.findElements(By.id("usersForm:chosen")).isEmpty());
      tick(admin(), "usersForm:roles", "OPERATOR");
      tick(admin(), "usersForm:roles", "VIEWER");
      admin()
          .driver()
          .findElement(By.cssSelector("[id='usersForm:enabled'] .ui-chkbox-box"))
          .click();
      admin().driver().findElement(By.id("usersForm:save")).click();
      admin().await(d -> admin().text("usersForm:messages").contains("User " + user + " saved"));

      admin().await(d -> admin().text("usersForm:users").contains("OPERATOR"));
      String history = admin().text("usersForm:history");
      assertTrue(history.contains("disabled"), history);
      assertTrue(history.contains("roles changed from [VIEWER] to [OPERATOR]"), history);
      assertTrue(history.contains("added with roles [VIEWER]"), history);
      assertTrue(history.contains(Browser.ADMIN), history);
      admin().screenshot("users");

      browser.go("/herald/");
      browser.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
      browser.submitLogin(user, PortalUsers.PASSWORD);
      assertTrue(browser.driver().findElements(By.id("sessionForm:logout")).isEmpty());
    }
  }

  @Test
  void theLastEnabledAdminCannotDisableItself() {
    assertEquals(
        1,
        Database.count("SELECT COUNT(*) FROM portal_user WHERE enabled AND roles LIKE '%ADMIN%'"),
        "this test needs the first admin to be the only one");
    admin().go("/herald/users.xhtml");
    admin().driver().findElement(By.linkText(Browser.ADMIN)).click();
    admin().await(d -> !d.findElements(By.id("usersForm:chosen")).isEmpty());
    admin().driver().findElement(By.cssSelector("[id='usersForm:enabled'] .ui-chkbox-box")).click();
    admin().driver().findElement(By.id("usersForm:save")).click();
    admin().await(d -> admin().text("usersForm:messages").contains("last enabled admin"));
    assertEquals(
        "t",
        Database.text("SELECT enabled FROM portal_user WHERE username = ?", Browser.ADMIN)
            .substring(0, 1));
  }

  /** Toggles one checkbox of a PrimeFaces selectManyCheckbox by its value. */
  private static void tick(Browser browser, String group, String value) {
    browser
        .driver()
        .findElement(
            By.xpath(
                "//*[@id='"
                    + group
                    + "']//input[@value='"
                    + value
                    + "']/ancestor::div[contains(@class,'ui-chkbox')][1]"
                    + "//div[contains(@class,'ui-chkbox-box')]"))
        .click();
  }

  private static Browser admin() {
    return ADMIN_SESSION.get();
  }
}
