package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.herald.api.category.CategoryDto;
import org.herald.it.support.AdminBrowser;
import org.herald.it.support.Browser;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.PortalUsers;
import org.herald.it.support.SettingsRestored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Categories, General Settings and External Systems in a real browser: admins change them, each
 * General Settings panel saves only its own part, an external system's key is shown once and a new
 * one can be issued, and the changes are in the page's history; an operator reads categories but
 * cannot open General Settings or External Systems.
 */
class ConfigurationPortalIT {

  @RegisterExtension static final AdminBrowser ADMIN_SESSION = new AdminBrowser();
  @RegisterExtension static final SettingsRestored SETTINGS = new SettingsRestored();

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void anAdminAddsRenamesAndDeletesACategoryButOneInUseStays() {
    String code = "CAT_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    Browser admin = ADMIN_SESSION.get();
    admin.go("/herald/categories.xhtml");
    admin.type("categoriesForm:code", code);
    admin.type("categoriesForm:name", "Billing questions");
    admin.driver().findElement(By.id("categoriesForm:save")).click();
    admin.await(d -> admin.text("categoriesForm:messages").contains("Category " + code + " saved"));
    assertEquals("Billing questions", api.get("/categories/" + code).json().getString("name"));

    admin.type("categoriesForm:name", "Billing");
    admin.driver().findElement(By.id("categoriesForm:save")).click();
    admin.await(d -> "Billing".equals(api.get("/categories/" + code).json().getString("name")));
    admin.screenshot("categories");

    String used = "USED_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    api.post("/categories", new CategoryDto(used, "In use", null));
    api.post("/communications", anEmailTo(aContact().create(api)).category(used).asDraft().build());
    admin.go("/herald/categories.xhtml");
    open(admin, used);
    admin.driver().findElement(By.id("categoriesForm:delete")).click();
    admin.await(d -> admin.text("categoriesForm:messages").contains("cannot be deleted"));
    assertEquals(200, api.get("/categories/" + used).status());

    open(admin, code);
    admin.driver().findElement(By.id("categoriesForm:delete")).click();
    admin.await(
        d -> admin.text("categoriesForm:messages").contains("Category " + code + " deleted"));
    assertEquals(404, api.get("/categories/" + code).status());
  }

  @Test
  void eachGeneralSettingsPanelSavesOnlyItsOwnPart() {
    JsonObject before = api.get("/settings/general").json();
    Browser admin = ADMIN_SESSION.get();
    admin.go("/herald/");
    admin.openFromMenu("Administration", "General settings");
    admin.await(d -> d.getCurrentUrl().contains("general-settings.xhtml"));

    // Another admin changes the SMS limit meanwhile; saving authorization keeps it.
    WebElement limit = admin.driver().findElement(By.cssSelector("input.limit-SMS"));
    limit.clear();
    limit.sendKeys("150");
    admin.driver().findElement(By.id("mediaForm:save")).click();
    admin.await(d -> admin.text("mediaForm:messages").contains("saved"));
    assertEquals(
        150, api.get("/settings/general").json().getJsonObject("characterLimits").getInt("SMS"));

    admin
        .driver()
        .findElement(By.cssSelector("[id='authorizationForm:affiliate'] .ui-chkbox-box"))
        .click();
    admin.driver().findElement(By.id("authorizationForm:save")).click();
    admin.await(d -> admin.text("authorizationForm:messages").contains("saved"));
    JsonObject after = api.get("/settings/general").json();
    assertEquals(
        !before.getJsonObject("authorization").getBoolean("optInAffiliateMarketingByDefault"),
        after.getJsonObject("authorization").getBoolean("optInAffiliateMarketingByDefault"));
    assertEquals(150, after.getJsonObject("characterLimits").getInt("SMS"));
    assertEquals(before.getJsonObject("emailServer"), after.getJsonObject("emailServer"));

    // A bad value is named beside its field and nothing is stored.
    WebElement port = admin.driver().findElement(By.id("serversForm:emailPort"));
    port.clear();
    port.sendKeys("70000");
    admin.driver().findElement(By.id("serversForm:save")).click();
    admin.await(d -> admin.text("serversForm:messages").contains("emailServer.port"));
    assertEquals(
        before.getJsonObject("emailServer"),
        api.get("/settings/general").json().getJsonObject("emailServer"));
    assertTrue(admin.text("historyForm:history").contains(Browser.ADMIN), "who changed them");
    admin.screenshot("general-settings");
  }

  @Test
  void anExternalSystemsKeyIsShownOnceAndANewOneCanBeIssued() {
    String code = "SYS_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    Browser admin = ADMIN_SESSION.get();
    admin.go("/herald/external-systems.xhtml");
    admin.type("systemsForm:code", code);
    admin.type("systemsForm:name", "Customer portal");
    admin
        .driver()
        .findElement(
            By.xpath(
                "//*[@id='systemsForm:supportedMedia']//input[@value='PUSH']"
                    + "/ancestor::div[contains(@class,'ui-chkbox')][1]//div[contains(@class,'ui-chkbox-box')]"))
        .click();
    admin.type("systemsForm:characterLimit", "300");
    admin.driver().findElement(By.id("systemsForm:save")).click();
    admin.await(d -> !d.findElements(By.id("issuedKey")).isEmpty());
    String key = admin.text("issuedKey");
    assertTrue(key.startsWith("hsk_"), key);
    assertEquals(200, HeraldClient.withKey(key).get("/queue/entries").status());
    JsonObject stored = api.get("/external-systems/" + code).json();
    assertEquals(300, stored.getInt("characterLimit"));
    assertEquals("PUSH", stored.getJsonArray("supportedMedia").getString(0));
    admin.screenshot("external-systems");

    admin.go("/herald/external-systems.xhtml");
    admin.driver().findElement(By.linkText(code)).click();
    admin.await(d -> !d.findElements(By.id("systemsForm:rotate")).isEmpty());
    assertTrue(admin.driver().findElements(By.id("issuedKey")).isEmpty(), "shown once");
    admin.driver().findElement(By.id("systemsForm:rotate")).click();
    admin.await(d -> d.findElement(By.id("systemsForm:confirmYes")).isDisplayed());
    admin.driver().findElement(By.id("systemsForm:confirmYes")).click();
    admin.await(d -> !d.findElements(By.id("issuedKey")).isEmpty());
    String newKey = admin.text("issuedKey");
    assertFalse(newKey.equals(key));
    assertEquals(200, HeraldClient.withKey(newKey).get("/queue/entries").status());
    String history = admin.text("systemsForm:history");
    assertTrue(history.contains("registered") && history.contains("key rotated"), history);
  }

  @Test
  void anOperatorReadsCategoriesButCannotOpenGeneralSettingsOrExternalSystems() {
    try (Browser operator = PortalUsers.loggedIn(ADMIN_SESSION.get(), "OPERATOR")) {
      assertTrue(operator.driver().findElements(By.linkText("General settings")).isEmpty());
      assertTrue(operator.driver().findElements(By.linkText("External systems")).isEmpty());
      for (String page : new String[] {"general-settings.xhtml", "external-systems.xhtml"}) {
        operator.go("/herald/" + page);
        operator.await(d -> !d.findElements(By.id("forbidden")).isEmpty());
      }
      operator.go("/herald/categories.xhtml");
      operator.await(d -> !d.findElements(By.id("categoriesForm:readOnly")).isEmpty());
      assertTrue(operator.driver().findElements(By.id("categoriesForm:save")).isEmpty());
    }
  }

  /** Opens a category in the form; waits for the form to show it, not the one before. */
  private static void open(Browser browser, String category) {
    browser.driver().findElement(By.linkText(category)).click();
    browser.await(
        d ->
            d.findElement(By.id("categoriesForm:code")).getAttribute("value").equals(category)
                && !d.findElements(By.id("categoriesForm:delete")).isEmpty());
  }
}
