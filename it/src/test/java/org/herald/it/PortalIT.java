package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestCommunications.anSmsTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.it.support.Browser;
import org.herald.it.support.HeraldClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin works the Communications screen in a real browser: the table pages, sorts and filters in
 * the database through PrimeFaces' AJAX, and a number opens the detail view.
 */
class PortalIT {

  private static final String TABLE = "communicationsForm:communications";
  private static final int COMMUNICATIONS = 12;

  private static Browser browser;
  private static String contact;
  private static String sms;

  private final HeraldClient api = HeraldClient.backOffice();

  @BeforeAll
  static void openBrowser() {
    browser = Browser.asAdmin();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  /** One contact with eleven draft emails and one draft SMS, created once. */
  @BeforeEach
  void communicationsOfOneContact() {
    if (contact != null) {
      return;
    }
    contact = aContact().named("Portal Browser").create(api);
    for (int i = 1; i < COMMUNICATIONS; i++) {
      api.post("/communications", anEmailTo(contact).subject("Email " + i).asDraft().build());
    }
    sms =
        api.post("/communications", anSmsTo(contact).content("Code 4321").asDraft().build())
            .json()
            .getString("number");
  }

  @Test
  void theMenuKeepsToOneLineAt1400PixelsAndOpensTheScreensOfEachGroup() {
    browser.go("/herald/");
    assertTrue(browser.driver().manage().window().getSize().getWidth() <= 1400);
    List<WebElement> groups =
        browser.driver().findElements(By.cssSelector("[id='menu'] > ul > li"));
    assertEquals(5, groups.size(), "Dashboard and four groups for an admin");
    assertEquals(
        1,
        groups.stream().map(g -> g.getLocation().getY()).distinct().count(),
        "every entry on one line");
    int header = browser.driver().findElement(By.cssSelector("header")).getSize().getHeight();
    assertTrue(header < 90, "one line, not wrapped: " + header + "px");

    browser.openFromMenu("Messages", "Templates");
    browser.await(d -> d.getCurrentUrl().contains("/templates.xhtml"));
    browser.openFromMenu("Automation", "Segments");
    browser.await(d -> d.getCurrentUrl().contains("/segments.xhtml"));
    browser.openFromMenu("Administration", "Users");
    browser.await(d -> d.getCurrentUrl().contains("/users.xhtml"));
    browser.openFromMenu("Messages", "Communications");
    browser.await(d -> d.getCurrentUrl().contains("/communications.xhtml"));

    // The group open, as an admin sees it.
    new Actions(browser.driver())
        .moveToElement(
            browser
                .driver()
                .findElement(By.xpath("//*[@id='menu']/ul/li/a[normalize-space(.)='Messages']")))
        .perform();
    browser.await(d -> d.findElement(By.id("menuContacts")).isDisplayed());
    browser.screenshot("menu");
  }

  @Test
  void theTableFiltersByContactAndMediumAndPages() {
    browser.go("/herald/communications.xhtml");
    filterByContact();
    assertEquals("1–12 of 12", pageReport());
    assertTrue(
        contactsShown().stream().allMatch(c -> c.startsWith(contact)), contactsShown()::toString);

    new Select(browser.driver().findElement(By.cssSelector(".ui-paginator-rpp-options")))
        .selectByValue("10");
    browser.await(d -> pageReport().equals("1–10 of 12"));
    assertEquals(10, numbersShown().size());
    browser.driver().findElement(By.cssSelector(".ui-paginator-next")).click();
    browser.await(d -> pageReport().equals("11–12 of 12"));
    assertEquals(2, numbersShown().size());

    browser.choose(TABLE + ":mediumFilter", "SMS");
    browser.await(d -> pageReport().equals("1–1 of 1"));
    assertEquals(List.of(sms), numbersShown());
  }

  @Test
  void clickingTheNumberHeaderSortsInTheDatabase() {
    browser.go("/herald/communications.xhtml");
    filterByContact();
    List<String> newestFirst = numbersShown();
    assertTrue(newestFirst.get(0).compareTo(newestFirst.get(1)) > 0, "newest first by default");

    browser
        .driver()
        .findElement(By.cssSelector("th[id='" + TABLE + ":number'] .ui-column-title"))
        .click();
    browser.await(d -> numbersShown().get(0).compareTo(numbersShown().get(1)) < 0);
    List<String> ascending = numbersShown();
    assertEquals(ascending.stream().sorted().toList(), ascending);
  }

  @Test
  void aNumberOpensTheDetailView() {
    browser.go("/herald/communications.xhtml");
    filterByContact();
    browser.driver().findElement(By.linkText(sms)).click();

    browser.await(d -> d.getCurrentUrl().contains("communication.xhtml"));
    assertEquals("SMS", text("medium"));
    assertEquals("DRAFT", text("status"));
    assertEquals("Code 4321", text("content"));
    assertTrue(text("contact").startsWith(contact));
  }

  private void filterByContact() {
    WebElement filter = browser.driver().findElement(By.id(TABLE + ":contact:filter"));
    filter.sendKeys(contact);
    browser.await(
        d ->
            !numbersShown().isEmpty()
                && contactsShown().stream().allMatch(c -> c.startsWith(contact)));
  }

  private String pageReport() {
    return browser.driver().findElement(By.cssSelector(".ui-paginator-current")).getText();
  }

  private List<String> numbersShown() {
    return browser
        .driver()
        .findElements(By.cssSelector("tbody[id='" + TABLE + "_data'] a.communication-link"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private List<String> contactsShown() {
    return browser
        .driver()
        .findElements(By.cssSelector("tbody[id='" + TABLE + "_data'] tr td:nth-child(2)"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private String text(String id) {
    return browser.driver().findElement(By.id(id)).getText().trim();
  }
}
