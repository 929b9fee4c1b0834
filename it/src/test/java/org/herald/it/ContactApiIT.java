package org.herald.it;

import static org.herald.it.support.TestContacts.aBareContact;
import static org.herald.it.support.TestContacts.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestContacts;
import org.herald.it.support.TestDomain;
import org.herald.it.support.TestLinks;
import org.junit.jupiter.api.Test;

/** The CRM syncs contacts: create, read, replace, list; idempotent creation; the demo data. */
class ContactApiIT {

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void aContactWithSeveralAddressesIsStoredAndReadBack() {
    String personal = TestContacts.uniqueAddress();
    String work = TestContacts.uniqueAddress();
    ApiResponse created =
        api.post(
            "/contacts",
            aBareContact()
                .named("Maria Georgiou")
                .speaking("el")
                .email("PERSONAL", personal, false)
                .email("WORK", work, true)
                .phone("HOME", "+35722123456", false)
                .phone("MOBILE", "+35799123456", true)
                .optedIn(true, false)
                .build());

    assertEquals(201, created.status(), created::toString);
    String number = created.json().getString("number");
    assertTrue(number.matches("CT\\d{6}"), number);
    assertEquals(
        HeraldClient.API + "/contacts/" + number, created.header("Location").orElseThrow());

    JsonObject read = api.get("/contacts/" + number).json();
    assertEquals("Maria Georgiou", read.getString("name"));
    assertEquals("el", read.getString("preferredLanguage"));
    assertTrue(read.getBoolean("optInDirectMarketing"));
    assertFalse(read.getBoolean("optInAffiliateMarketing"));
    JsonArray emails = read.getJsonArray("emails");
    assertEquals(personal, emails.getJsonObject(0).getString("address"));
    assertFalse(emails.getJsonObject(0).getBoolean("primary"));
    assertEquals(work, emails.getJsonObject(1).getString("address"));
    assertTrue(emails.getJsonObject(1).getBoolean("primary"));
    assertEquals("+35799123456", read.getJsonArray("phones").getJsonObject(1).getString("number"));
    assertTrue(read.getString("createdAt").endsWith("Z"), "times are UTC with Z");
  }

  @Test
  void withoutAPrimaryTheFirstAddressOfEachKindBecomesPrimary() {
    JsonObject contact =
        api.post(
                "/contacts",
                aBareContact()
                    .email("PERSONAL", TestContacts.uniqueAddress(), false)
                    .email("WORK", TestContacts.uniqueAddress(), false)
                    .phone("MOBILE", "+447911123456", false)
                    .build())
            .json();

    assertTrue(contact.getJsonArray("emails").getJsonObject(0).getBoolean("primary"));
    assertFalse(contact.getJsonArray("emails").getJsonObject(1).getBoolean("primary"));
    assertTrue(contact.getJsonArray("phones").getJsonObject(0).getBoolean("primary"));
  }

  @Test
  void putReplacesTheDetails() {
    String number = aContact().named("Before").create(api);
    String address = TestContacts.uniqueAddress();

    ApiResponse updated =
        api.put(
            "/contacts/" + number,
            aBareContact()
                .named("After")
                .email("WORK", address, true)
                .optedIn(false, true)
                .build());

    assertEquals(200, updated.status(), updated::toString);
    JsonObject read = api.get("/contacts/" + number).json();
    assertEquals("After", read.getString("name"));
    assertEquals(1, read.getJsonArray("emails").size());
    assertEquals(address, read.getJsonArray("emails").getJsonObject(0).getString("address"));
    assertTrue(read.getJsonArray("phones").isEmpty());
    assertTrue(read.getBoolean("optInAffiliateMarketing"));
  }

  @Test
  void theSameIdempotencyKeyCreatesOneContact() {
    String body = HeraldClient.json(aContact().build());
    ApiResponse first = api.postRaw("/contacts", body, "contact-key-" + System.nanoTime());
    String key = "contact-key-" + System.nanoTime();
    ApiResponse a = api.postRaw("/contacts", body, key);
    ApiResponse b = api.postRaw("/contacts", body, key);

    assertEquals(201, first.status());
    assertEquals(a.json().getString("number"), b.json().getString("number"));
    assertFalse(first.json().getString("number").equals(a.json().getString("number")));
  }

  @Test
  void anIdempotencyKeyReusedForAnotherContactIsRefusedAndAddsNothing() {
    String key = "contact-key-" + System.nanoTime();
    String body = HeraldClient.json(aContact().named("First Of Its Key").build());
    String otherName = "Another Under The Key " + System.nanoTime();
    String other = HeraldClient.json(aContact().named(otherName).build());

    ApiResponse first = api.postRaw("/contacts", body, key);
    ApiResponse reused = api.postRaw("/contacts", other, key);
    // The same request, spaced differently: the request counts, not its bytes.
    ApiResponse repeated = api.postRaw("/contacts", body.replace(",\"", ",\n  \""), key);

    assertEquals(201, first.status(), first::toString);
    assertEquals(422, reused.status(), reused::toString);
    assertEquals("urn:herald:problem:invalid-value", reused.json().getString("type"));
    assertEquals("IDEMPOTENCY_KEY_REUSED", reused.errorCode("Idempotency-Key"), reused::toString);
    assertEquals(0, Database.count("SELECT COUNT(*) FROM contact WHERE name = ?", otherName));
    assertEquals(201, repeated.status(), repeated::toString);
    assertEquals(first.json().getString("number"), repeated.json().getString("number"));
  }

  @Test
  void listsArePagedAndSorted() {
    aContact().named("Zeta Paging").create(api);
    aContact().named("Alpha Paging").create(api);

    JsonObject page = api.get("/contacts?page=0&size=2&sort=name,asc").json();
    assertEquals(2, page.getJsonArray("items").size());
    assertEquals(0, page.getInt("page"));
    assertEquals(2, page.getInt("size"));
    assertTrue(page.getJsonNumber("totalItems").longValue() >= 6);
    String first = page.getJsonArray("items").getJsonObject(0).getString("name");
    String second = page.getJsonArray("items").getJsonObject(1).getString("name");
    assertTrue(first.compareTo(second) <= 0, first + " before " + second);

    JsonObject descending = api.get("/contacts?size=1&sort=name,desc").json();
    assertTrue(
        descending.getJsonArray("items").getJsonObject(0).getString("name").compareTo(first) >= 0);
  }

  /**
   * Herald loads the demo data at every deployment (herald.demo-data=true): deployed again over the
   * same database, it adds nothing. The test redeploys the build's EAR itself and leaves the server
   * ready, with the dynamic-link settings it found.
   */
  @Test
  void theDemoDataOfCompanyZxIsLoadedOnceAcrossRedeployments() {
    String links = api.get("/settings/dynamic-links").body();
    // The loader enables the links when it finds them all disabled: a sign that it ran again.
    TestLinks.setAll(api, false, Map.of());
    Map<String, Long> before = rowsOfDemoTables();
    try {
      TestDomain.redeploy();

      assertTrue(
          TestLinks.settings(api).getJsonArray("links").stream()
              .allMatch(link -> link.asJsonObject().getBoolean("enabled")),
          "the demo data was loaded again on the redeployment");
      assertEquals(before, rowsOfDemoTables(), "a second load added nothing");
      assertEquals(
          1,
          Database.count(
              "SELECT COUNT(*) FROM contact c JOIN contact_email e ON e.contact_id = c.id"
                  + " WHERE c.name = 'Maria Georgiou' AND e.address = 'maria.georgiou@example.com'"));
      JsonObject maria = api.get("/contacts/" + mariasNumber()).json();
      assertEquals("el", maria.getString("preferredLanguage"));
      assertEquals(2, maria.getJsonArray("emails").size());
      assertEquals(2, maria.getJsonArray("phones").size());
    } finally {
      ApiResponse restored = api.put("/settings/dynamic-links", links);
      assertEquals(200, restored.status(), restored::toString);
    }
  }

  private static Map<String, Long> rowsOfDemoTables() {
    Map<String, Long> rows = new TreeMap<>();
    for (String table :
        List.of(
            "contact",
            "category",
            "communication",
            "queue_entry",
            "referring_entity",
            "communication_template")) {
      rows.put(table, Database.count("SELECT COUNT(*) FROM " + table));
    }
    return rows;
  }

  private static String mariasNumber() {
    return Database.text(
        "SELECT c.number FROM contact c JOIN contact_email e ON e.contact_id = c.id"
            + " WHERE e.address = 'maria.georgiou@example.com'");
  }
}
