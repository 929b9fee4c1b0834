package org.herald.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.herald.api.contact.ContactDto;
import org.herald.api.contact.EmailDto;
import org.herald.api.contact.PhoneDto;

/** Builds contacts for tests; each gets a unique address so tests never see each other's mail. */
public final class TestContacts {

  private String name = "Test Contact";
  private String language = "en";
  private final List<EmailDto> emails = new ArrayList<>();
  private final List<PhoneDto> phones = new ArrayList<>();
  // Left out (null) unless a test says: the authorization defaults of General Settings decide.
  private Boolean direct;
  private Boolean affiliate;

  private TestContacts() {}

  /** A contact with one unique personal email address and one mobile. */
  public static TestContacts aContact() {
    return new TestContacts()
        .email("PERSONAL", uniqueAddress(), true)
        .phone("MOBILE", "+35799" + (100000 + (int) (Math.random() * 899999)), true);
  }

  /** A contact with no addresses at all. */
  public static TestContacts aBareContact() {
    return new TestContacts();
  }

  public static String uniqueAddress() {
    return "c" + UUID.randomUUID().toString().substring(0, 12) + "@herald.test";
  }

  public TestContacts named(String name) {
    this.name = name;
    return this;
  }

  public TestContacts speaking(String language) {
    this.language = language;
    return this;
  }

  public TestContacts email(String type, String address, boolean primary) {
    emails.add(new EmailDto(type, address, primary));
    return this;
  }

  public TestContacts phone(String type, String number, boolean primary) {
    phones.add(new PhoneDto(type, number, primary));
    return this;
  }

  public TestContacts optedIn(boolean direct, boolean affiliate) {
    this.direct = direct;
    this.affiliate = affiliate;
    return this;
  }

  public ContactDto build() {
    return new ContactDto(null, name, language, emails, phones, direct, affiliate, null, null);
  }

  /** The address of a contact's first email, as Herald stores it. */
  public static String primaryEmail(HeraldClient client, String contact) {
    return client
        .get("/contacts/" + contact)
        .json()
        .getJsonArray("emails")
        .getJsonObject(0)
        .getString("address");
  }

  /** The number of a contact's first phone (E.164), as Herald stores it. */
  public static String primaryMobile(HeraldClient client, String contact) {
    return client
        .get("/contacts/" + contact)
        .json()
        .getJsonArray("phones")
        .getJsonObject(0)
        .getString("number");
  }

  /** Creates it over REST and answers its number. */
  public String create(HeraldClient client) {
    ApiResponse response = client.post("/contacts", build());
    if (response.status() != 201) {
      throw new AssertionError("Contact not created: " + response);
    }
    return response.json().getString("number");
  }
}
