package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestContacts.aBareContact;
import static org.herald.it.support.TestContacts.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.herald.it.support.AdminBrowser;
import org.herald.it.support.Browser;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.PortalUsers;
import org.herald.it.support.TestContacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The Contacts screen in a real browser: the list finds a contact by a part of its name, email
 * address or phone number, or by its number, in the database; the detail shows its addresses,
 * preferred language, marketing consent and its communications. An operator changes the name,
 * preferred language and consent there (the addresses stay); an admin erases the contact after a
 * confirmation; both are in the contact's history.
 */
class ContactPortalIT {

  private static final String TABLE = "contactsForm:contacts";
  private static final String FORM = "contactForm";

  @RegisterExtension static final AdminBrowser ADMIN_SESSION = new AdminBrowser();

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void theListFindsAContactByNameEmailPhoneOrNumberAndItsPageShowsItWhole() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String email = "finder-" + tag + "@herald.test";
    String phone = "+35799" + (100000 + (int) (Math.random() * 899999));
    String contact =
        aBareContact()
            .named("Findable " + tag)
            .speaking("el")
            .email("PERSONAL", email, true)
            .phone("MOBILE", phone, true)
            .optedIn(true, false)
            .create(api);
    String communication =
        api.post("/communications", anEmailTo(contact).subject("About " + tag).asDraft().build())
            .json()
            .getString("number");
    Browser admin = ADMIN_SESSION.get();

    admin.go("/herald/contacts.xhtml");
    for (String search :
        List.of("findable " + tag.toUpperCase(), email, phone.substring(4), contact)) {
      // Each search starts from an empty table, so the one before cannot pass for it.
      search(admin, "nothing-" + tag);
      admin.await(d -> numbersShown(admin).isEmpty());
      search(admin, search);
      admin.await(d -> numbersShown(admin).equals(List.of(contact)));
    }
    admin.screenshot("contacts");

    admin.await(
        d -> {
          d.findElement(By.linkText(contact)).click();
          return d.getCurrentUrl().contains("contact.xhtml?number=" + contact);
        });
    assertEquals("Findable " + tag, admin.text("name"));
    assertEquals("el", admin.text("preferredLanguage"));
    assertTrue(admin.text("emails").contains(email + " (PERSONAL, primary)"), admin.text("emails"));
    assertTrue(admin.text("phones").contains(phone), admin.text("phones"));
    assertEquals("Opted in", admin.text("directMarketing"));
    assertEquals("Not opted in", admin.text("affiliateMarketing"));
    assertTrue(
        admin.text("contactCommunicationsForm:communications").contains(communication),
        "its communications");
    admin.screenshot("contact");
  }

  @Test
  void anOperatorChangesTheNameLanguageAndConsentAndTheAddressesStay() {
    String email = TestContacts.uniqueAddress();
    String contact =
        aBareContact()
            .named("Before the change")
            .speaking("el")
            .email("PERSONAL", email, true)
            .optedIn(true, false)
            .create(api);
    try (Browser operator = PortalUsers.loggedIn(ADMIN_SESSION.get(), "OPERATOR")) {
      operator.go("/herald/contact.xhtml?number=" + contact);
      operator.await(d -> !d.findElements(By.id(FORM + ":save")).isEmpty());
      assertTrue(operator.driver().findElements(By.id(FORM + ":erase")).isEmpty(), "admins erase");

      // A blank name is refused beside its field, nothing stored.
      WebElement name = operator.driver().findElement(By.id(FORM + ":name"));
      name.clear();
      operator.driver().findElement(By.id(FORM + ":save")).click();
      operator.await(d -> operator.text(FORM + ":messages").contains("name"));
      assertEquals("Before the change", api.get("/contacts/" + contact).json().getString("name"));

      operator.await(
          d -> {
            WebElement box = d.findElement(By.id(FORM + ":name"));
            box.clear();
            box.sendKeys("After the change");
            return box.getAttribute("value").equals("After the change");
          });
      operator.choose(FORM + ":preferredLanguage", "en");
      operator
          .driver()
          .findElement(By.cssSelector("[id='" + FORM + ":optInDirectMarketing'] .ui-chkbox-box"))
          .click();
      operator
          .driver()
          .findElement(By.cssSelector("[id='" + FORM + ":optInAffiliateMarketing'] .ui-chkbox-box"))
          .click();
      operator.driver().findElement(By.id(FORM + ":save")).click();
      operator.await(d -> operator.text(FORM + ":messages").contains(contact + " saved"));

      JsonObject stored = api.get("/contacts/" + contact).json();
      assertEquals("After the change", stored.getString("name"));
      assertEquals("en", stored.getString("preferredLanguage"));
      assertFalse(stored.getBoolean("optInDirectMarketing"));
      assertTrue(stored.getBoolean("optInAffiliateMarketing"));
      assertEquals(email, stored.getJsonArray("emails").getJsonObject(0).getString("address"));
      assertEquals("After the change", operator.text("name"));
      String history = operator.text(FORM + ":history");
      assertTrue(history.contains(operator.text("caller") + " changed"), history);
      operator.screenshot("contact-edit");
    }
  }

  @Test
  void anAdminErasesAContactOnceConfirmedAndItsMessagesLoseTheirText() {
    String contact = aContact().named("To be forgotten").create(api);
    String communication =
        api.post("/communications", anEmailTo(contact).subject("Private").asDraft().build())
            .json()
            .getString("number");
    Browser admin = ADMIN_SESSION.get();
    admin.go("/herald/contact.xhtml?number=" + contact);

    // Kept when the dialog is answered "Keep it".
    admin.driver().findElement(By.id(FORM + ":erase")).click();
    admin.await(d -> d.findElement(By.id(FORM + ":confirmNo")).isDisplayed());
    admin.screenshot("contact-erase");
    admin.driver().findElement(By.id(FORM + ":confirmNo")).click();
    admin.await(d -> !d.findElement(By.id(FORM + ":confirmNo")).isDisplayed());
    assertEquals("To be forgotten", api.get("/contacts/" + contact).json().getString("name"));

    admin.driver().findElement(By.id(FORM + ":erase")).click();
    admin.await(d -> d.findElement(By.id(FORM + ":confirmYes")).isDisplayed());
    admin.driver().findElement(By.id(FORM + ":confirmYes")).click();
    admin.await(d -> admin.text(FORM + ":messages").contains(contact + " erased"));

    assertEquals("Erased contact", admin.text("name"));
    assertEquals("Erased contact", api.get("/contacts/" + contact).json().getString("name"));
    assertEquals(
        "[erased]", api.get("/communications/" + communication).json().getString("subject"));
    String history = admin.text(FORM + ":history");
    assertTrue(history.contains(Browser.ADMIN + " erased"), history);
  }

  @Test
  void aSearchThatMatchesNothingSaysSo() {
    Browser admin = ADMIN_SESSION.get();
    admin.go("/herald/contacts.xhtml");
    search(admin, "no-such-contact-" + UUID.randomUUID());
    admin.await(d -> admin.text(TABLE).contains("No contacts match."));
  }

  /** Replaces the search; typed again if the table re-renders its header meanwhile. */
  private static void search(Browser browser, String text) {
    browser.await(
        d -> {
          d.findElement(By.id(TABLE + ":globalFilter"))
              .sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
          return d.findElement(By.id(TABLE + ":globalFilter")).getAttribute("value").equals(text);
        });
  }

  private static List<String> numbersShown(Browser browser) {
    return browser
        .driver()
        .findElements(By.cssSelector("tbody[id='" + TABLE + "_data'] a.contact-link"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
