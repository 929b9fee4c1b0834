package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestContacts.aBareContact;
import static org.herald.it.support.TestContacts.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestContacts;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input gets an application/problem+json answer naming the field, never a 500,
 * and stores nothing.
 */
class ProblemIT {

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void badCommunicationsAreRefusedNamingTheFieldAndNothingIsStored() {
    String contact = aContact().create(api);
    long before = communicationsOf(contact);

    assertProblem(
        api.post("/communications", anEmailTo("CT999999").build()),
        422,
        "invalid-value",
        "contact");
    assertProblem(
        api.post("/communications", anEmailTo(contact).medium("FAX").build()),
        422,
        "invalid-value",
        "medium");
    assertProblem(
        api.post("/communications", anEmailTo(contact).subject(null).build()),
        422,
        "invalid-value",
        "subject");
    assertProblem(
        api.post("/communications", anEmailTo(contact).recipient("maria.example.com").build()),
        422,
        "invalid-value",
        "recipient");
    assertProblem(
        api.post("/communications", anEmailTo(contact).category("NO_SUCH_CATEGORY").build()),
        422,
        "invalid-value",
        "category");
    assertProblem(
        api.post("/communications", "{\"contact\": \"" + contact + "\", \"medium\": "),
        400,
        "malformed-body",
        null);
    assertProblem(api.post("/communications", ""), 400, "malformed-body", null);

    assertEquals(before, communicationsOf(contact), "nothing half-stored");
  }

  @Test
  void oneAnswerListsEveryInvalidField() {
    ApiResponse response =
        api.post(
            "/communications",
            "{\"contact\": \"CT999999\", \"direction\": \"SIDEWAYS\", \"medium\": \"EMAIL\"}");

    assertEquals(422, response.status(), response::toString);
    // Shape errors come together; references (the unknown contact) are checked once the shape is
    // right.
    assertEquals(Set.of("direction", "content"), Set.copyOf(response.errorFields()));
  }

  @Test
  void badContactsAreRefusedNamingTheFieldAndNothingIsStored() {
    String name = "Refused " + System.nanoTime();

    assertProblem(
        api.post(
            "/contacts",
            aBareContact()
                .named(name)
                .email("PERSONAL", TestContacts.uniqueAddress(), true)
                .email("WORK", "not-an-address@", false)
                .build()),
        422,
        "invalid-value",
        "emails[1].address");
    assertProblem(
        api.post(
            "/contacts", aBareContact().named(name).phone("MOBILE", "0035799123456", true).build()),
        422,
        "invalid-value",
        "phones[0].number");
    assertProblem(
        api.post(
            "/contacts", aBareContact().named(name).phone("PAGER", "+35799123456", true).build()),
        422,
        "invalid-value",
        "phones[0].type");
    assertProblem(
        api.post(
            "/contacts",
            aBareContact()
                .named(name)
                .email("PERSONAL", TestContacts.uniqueAddress(), true)
                .email("WORK", TestContacts.uniqueAddress(), true)
                .build()),
        422,
        "invalid-value",
        "emails[1].primary");
    assertProblem(
        api.post("/contacts", aBareContact().named(name).speaking("fr").build()),
        422,
        "invalid-value",
        "preferredLanguage");
    assertProblem(
        api.post("/contacts", aBareContact().named(" ").build()), 422, "invalid-value", "name");
    assertProblem(
        api.post("/contacts", "{\"name\": \"" + name + "\", \"optInDirectMarketing\": {}}"),
        400,
        "malformed-body",
        null);

    assertEquals(0, Database.count("SELECT COUNT(*) FROM contact WHERE name = ?", name));
  }

  @Test
  void unknownResourcesInThePathAre404() {
    assertProblem(api.get("/contacts/CT999999"), 404, "not-found", null);
    assertProblem(api.get("/communications/CM999999"), 404, "not-found", null);
    assertProblem(api.put("/contacts/CT999999", aContact().build()), 404, "not-found", null);
    assertProblem(api.get("/no-such-resource"), 404, "not-found", null);
  }

  @Test
  void badListParametersAre422() {
    assertProblem(api.get("/contacts?size=500"), 422, "invalid-value", "size");
    assertProblem(api.get("/contacts?page=-1"), 422, "invalid-value", "page");
    assertProblem(api.get("/contacts?size=ten"), 422, "invalid-value", "size");
    assertProblem(api.get("/communications?sort=password,asc"), 422, "invalid-value", "sort");
    assertProblem(api.get("/communications?medium=PIGEON"), 422, "invalid-value", "medium");
  }

  @Test
  void theApiNeedsTheBackOfficeKey() {
    for (ApiResponse response :
        List.of(
            HeraldClient.withKey(null).get("/contacts"),
            HeraldClient.withKey("wrong-key").get("/contacts"),
            HeraldClient.withKey("wrong-key").post("/contacts", aContact().build()))) {
      assertProblem(response, 401, "unauthorized", null);
      assertEquals("Bearer realm=\"herald\"", response.header("WWW-Authenticate").orElseThrow());
    }
  }

  private static long communicationsOf(String contact) {
    return Database.count(
        "SELECT COUNT(*) FROM communication c JOIN contact t ON t.id = c.contact_id WHERE t.number = ?",
        contact);
  }

  private static void assertProblem(ApiResponse response, int status, String code, String field) {
    assertEquals(status, response.status(), response::toString);
    assertTrue(response.contentType().startsWith("application/problem+json"), response::toString);
    JsonObject problem = response.json();
    assertEquals("urn:herald:problem:" + code, problem.getString("type"));
    assertEquals(status, problem.getInt("status"));
    assertTrue(!problem.getString("title").isBlank());
    if (field != null) {
      assertTrue(response.errorFields().contains(field), "names " + field + ": " + response);
    }
  }
}
