package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestCommunications.fromTemplate;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestContacts.primaryEmail;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import org.herald.api.settings.TrackingSettingsDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Browser;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.SettingsRestored;
import org.herald.it.support.TestLinks;
import org.herald.it.support.TestMailServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin keeps the seed's Dynamic Links Settings and Tracking Settings in a real browser: a
 * redirection URL that is no address is named beside its field while nothing is stored, the fixed
 * one is served over REST, tracking is switched on for notifications only; and a tracked email's
 * view and click show in its communication's tracking details. Every test class shares the
 * deployment, so the settings are given back as they were found.
 */
class SettingsPortalIT {

  private static final String LINKS = "linksForm";
  private static final String TRACKING = "trackingForm";

  /** OPT_IN_AFFILIATE_MARKETING: the third row, as the seed lists the link types. */
  private static final int AFFILIATE_ROW = 2;

  private static final String AFFILIATE = TestLinks.TYPES.get(AFFILIATE_ROW);
  private static final String BILL_URL = "https://pay.example.com/bills?id=7";
  private static final TrackingSettingsDto OFF = new TrackingSettingsDto(false, null, null, "ALL");

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();
  @RegisterExtension static final SettingsRestored SETTINGS = new SettingsRestored();

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

  /**
   * Every test starts from known settings: every link disabled (the demo enables them), tracking
   * off.
   */
  @BeforeEach
  void startFromKnownSettings() {
    knownSettings();
  }

  private static void knownSettings() {
    HeraldClient api = HeraldClient.backOffice();
    TestLinks.setAll(api, false, Map.of());
    ApiResponse off = api.put("/settings/tracking", OFF);
    assertEquals(200, off.status(), off::toString);
  }

  @Test
  void aRedirectionUrlThatIsNoAddressIsNamedBesideItsFieldUntilItIsFixed() {
    JsonObject before = TestLinks.settings(api);
    String field = "links[" + AFFILIATE_ROW + "].redirectionUrl";
    String redirection = LINKS + ":redirectionUrl_" + AFFILIATE_ROW;

    browser.go("/herald/");
    browser.openFromMenu("Administration", "Settings");
    browser.await(d -> d.getCurrentUrl().contains("settings.xhtml"));
    assertEquals(
        "#dynamic_link.opt_in_affiliate_marketing",
        browser
            .driver()
            .findElements(By.cssSelector("code.link-tag"))
            .get(AFFILIATE_ROW)
            .getText());
    assertEquals(HeraldClient.ROOT, value(LINKS + ":linksEndPoint"));
    assertEquals(TestLinks.text(AFFILIATE), value(LINKS + ":linkText_" + AFFILIATE_ROW));

    tick(LINKS + ":enabled_" + AFFILIATE_ROW);
    type(redirection, "example.com/thanks");
    browser.driver().findElement(By.id(LINKS + ":save")).click();

    browser.await(d -> text(LINKS + ":messages").contains(field));
    assertTrue(
        text(LINKS + ":messages").contains("must be an absolute http(s) address"),
        text(LINKS + ":messages"));
    assertTrue(
        browser
            .driver()
            .findElement(By.id(redirection))
            .getAttribute("class")
            .contains("ui-state-error"),
        "the redirection URL is marked invalid");
    assertTrue(
        browser
            .driver()
            .findElement(By.xpath("//input[@id='" + redirection + "']/following-sibling::*[1]"))
            .getText()
            .contains("must be an absolute http(s) address"),
        "the message is beside the field");
    assertEquals(before, TestLinks.settings(api), "nothing changed");

    type(redirection, "https://example.com/thanks");
    browser.driver().findElement(By.id(LINKS + ":save")).click();
    browser.await(d -> text(LINKS + ":messages").contains("Dynamic links saved"));
    assertFalse(text(LINKS + ":messages").contains(field));
    assertTrue(
        text(LINKS + ":linksHistory").contains(Browser.ADMIN + " changed"),
        "who changed the links: " + text(LINKS + ":linksHistory"));
    browser.screenshot("settings");

    JsonObject affiliate = link(TestLinks.settings(api), AFFILIATE);
    assertTrue(affiliate.getBoolean("enabled"), affiliate::toString);
    assertEquals("https://example.com/thanks", affiliate.getString("redirectionUrl"));
    assertEquals(TestLinks.text(AFFILIATE), affiliate.getString("linkText"));
    assertFalse(link(TestLinks.settings(api), TestLinks.TYPES.get(0)).getBoolean("enabled"));
  }

  @Test
  void trackingForNotificationsOnlyIsStoredOnceItsEndPointIsAnAddress() {
    TrackingSettingsDto before = api.get("/settings/tracking").as(TrackingSettingsDto.class);

    browser.go("/herald/settings.xhtml");
    tick(TRACKING + ":trackingEnabled");
    browser
        .driver()
        .findElement(
            By.xpath(
                "//div[@id='"
                    + TRACKING
                    + ":trackingScope']/div[contains(@class,'ui-button')][normalize-space(.)="
                    + "'Notifications only']"))
        .click();
    type(TRACKING + ":trackingEndPoint", "ftp://files.example.com");
    browser.driver().findElement(By.id(TRACKING + ":save")).click();

    browser.await(d -> text(TRACKING + ":messages").contains("endPoint"));
    assertTrue(
        browser
            .driver()
            .findElement(By.id(TRACKING + ":trackingEndPoint"))
            .getAttribute("class")
            .contains("ui-state-error"),
        "the end point is marked invalid");
    assertEquals(before, api.get("/settings/tracking").as(TrackingSettingsDto.class));

    browser.driver().findElement(By.id(TRACKING + ":trackingEndPoint")).clear();
    browser.driver().findElement(By.id(TRACKING + ":save")).click();
    browser.await(d -> text(TRACKING + ":messages").contains("Tracking settings saved"));

    assertEquals(
        new TrackingSettingsDto(true, null, null, "NOTIFICATIONS"),
        api.get("/settings/tracking").as(TrackingSettingsDto.class));
  }

  @Test
  void aTrackedEmailsViewAndClickShowInItsTrackingDetails() {
    assertEquals(
        200,
        api.put("/settings/tracking", new TrackingSettingsDto(true, null, null, "ALL")).status());
    String template =
        anEmailTemplate()
            .named("Portal tracked bill")
            .in(
                "en",
                "Your bill",
                "<p>Your bill is ready: <a href=\"" + BILL_URL + "\">pay it</a></p>")
            .create(api);
    String contact = aContact().create(api);
    ApiResponse created =
        api.post(
            "/communications", fromTemplate(template, contact).classification("FINANCIAL").build());
    assertEquals(201, created.status(), created::toString);
    String number = created.json().getString("number");

    Document html =
        Jsoup.parse(
            TestMailServer.htmlPart(MAIL.awaitReceived(primaryEmail(api, contact), 1).get(0)));
    String click = html.selectFirst("a:contains(pay it)").attr("href");
    String pixel = html.body().children().last().attr("src");
    assertEquals(302, visit(click).status());
    assertEquals("image/gif", visit(pixel).contentType());

    browser.go("/herald/communication.xhtml?number=" + number);
    browser.await(d -> !d.findElements(By.id("tracking")).isEmpty());
    assertEquals("Yes", text("viewed"));
    assertEquals("1", text("views"));
    assertFalse(text("firstViewedAt").isEmpty());
    WebElement row =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//tbody[@id='trackedLinks_data']/tr[.//span[@class='tracked-url' and text()='"
                        + BILL_URL
                        + "']]"));
    assertEquals("1", row.findElement(By.cssSelector("td.tracked-clicks")).getText().trim());
    assertEquals(template, text("template"));
    assertEquals("en", text("language"));
    assertEquals("FINANCIAL", text("classification"));
    assertEquals("MANUAL", text("origin"));
    browser.screenshot("communication-tracking");

    // The seed's override for important communications is shown beside the classification.
    String notOptedIn = aContact().optedIn(false, false).create(api);
    ApiResponse important =
        api.post(
            "/communications",
            anEmailTo(notOptedIn)
                .classification("DIRECT_MARKETING")
                .subject("Important")
                .overridingPreferences()
                .build());
    assertEquals(201, important.status(), important::toString);
    browser.go("/herald/communication.xhtml?number=" + important.json().getString("number"));
    browser.await(d -> !d.findElements(By.id("classification")).isEmpty());
    assertEquals("DIRECT_MARKETING (overrides the contact's preferences)", text("classification"));
  }

  private static JsonObject link(JsonObject settings, String type) {
    return settings.getJsonArray("links").stream()
        .map(JsonObject.class::cast)
        .filter(l -> l.getString("type").equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link type " + type));
  }

  /** A recipient's browser following an address of the email: no key, no redirects followed. */
  private static ApiResponse visit(String url) {
    assertTrue(url.startsWith(HeraldClient.ROOT), url);
    return HeraldClient.withKey(null).page(url.substring(HeraldClient.ROOT.length()));
  }

  /** Ticks a PrimeFaces checkbox as a user does: a click on its box. */
  private void tick(String checkbox) {
    browser.driver().findElement(By.cssSelector("[id='" + checkbox + "'] .ui-chkbox-box")).click();
    browser.await(d -> d.findElement(By.id(checkbox + "_input")).isSelected());
  }

  private void type(String id, String text) {
    WebElement input = browser.driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private String text(String id) {
    return browser.driver().findElement(By.id(id)).getText().trim();
  }

  private String value(String id) {
    return browser.driver().findElement(By.id(id)).getAttribute("value");
  }
}
