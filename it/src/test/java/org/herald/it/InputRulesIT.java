package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.UnaryOperator;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.SettingsRestored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The inputs that answered 500s or were accepted before the strict edge, each refused as a problem
 * naming the field, with nothing stored (issue 14). {@link MalformedInputIT} sweeps the rest.
 */
class InputRulesIT {

  @RegisterExtension static final SettingsRestored SETTINGS = new SettingsRestored();

  private static final String MEGABYTE = "h".repeat(1 << 20);

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void aNulInAnyStringIsRefusedBeforePostgresqlSeesIt() {
    long contacts = Database.count("SELECT COUNT(*) FROM contact");
    assertProblem(api.post("/contacts", "{\"name\": \"Maria\\u0000Georgiou\"}"), 422, "name");
    assertEquals(contacts, Database.count("SELECT COUNT(*) FROM contact"), "nothing stored");

    String template =
        HeraldClient.json(anEmailTemplate().in("en", "Hello", "Dear\u0000 you").build());
    assertProblem(api.post("/templates", template), 422, "contents.en.body");

    assertProblem(
        api.post("/categories", "{\"code\": \"NUL_TEST\", \"name\": \"A\\u0000\"}"), 422, "name");
    assertEquals(404, api.get("/categories/NUL_TEST").status());

    assertProblem(
        api.put(
            "/settings/tracking",
            settings("/settings/tracking", s -> s.add("endPoint", "a\u0000b"))),
        422,
        "endPoint");
    assertProblem(api.get("/communications?contact=%00"), 422, "contact");
    assertProblem(api.get("/contacts?sort=%ff"), 422, "sort");
  }

  @Test
  void aNullItemOrAMissingRequiredItemFieldIsRefused() {
    assertProblem(
        api.post("/contacts", "{\"name\": \"Maria\", \"emails\": [null]}"), 422, "emails[0]");
    assertProblem(
        api.post(
            "/contacts", "{\"name\": \"Maria\", \"emails\": [{\"address\": \"m@example.com\"}]}"),
        422,
        "emails[0].type");
    assertProblem(
        api.post("/contacts", "{\"name\": \"Maria\", \"phones\": [{\"type\": \"MOBILE\"}]}"),
        422,
        "phones[0].number");
  }

  @Test
  void aMegabyteServerSettingIsRefusedWhole() {
    String before = api.get("/settings/general").body();
    for (String field : new String[] {"host", "username", "password"}) {
      ApiResponse refused =
          api.put(
              "/settings/general",
              settings(
                  "/settings/general",
                  s ->
                      s.add(
                          "emailServer",
                          Json.createObjectBuilder(
                                  api.get("/settings/general").json().getJsonObject("emailServer"))
                              .remove("passwordStored")
                              .add(field, MEGABYTE))));
      assertProblem(refused, 422, "emailServer." + field);
      assertTrue(refused.body().length() < 2_000, "a short problem: " + refused.body().length());
    }
    assertEquals(before, api.get("/settings/general").body(), "nothing half-stored");
  }

  @Test
  void aNullCharacterLimitIsRefused() {
    String before = api.get("/settings/general").body();
    assertProblem(
        api.put(
            "/settings/general",
            settings(
                "/settings/general",
                s -> s.add("characterLimits", Json.createObjectBuilder().addNull("SMS")))),
        422,
        "characterLimits.SMS");
    assertEquals(before, api.get("/settings/general").body());
  }

  @Test
  void aNumberTooLongToReadIsRefusedNamingIt() {
    // Found by a sweep: Parsson throws on numbers over 1,100 characters, which answered 500.
    ApiResponse refused =
        api.put(
            "/entities/payment/PMLONG1", "{\"values\": {\"amount\": 1" + "0".repeat(5000) + "}}");
    assertProblem(refused, 400, "values.amount");
    assertEquals(
        "OUT_OF_RANGE", refused.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    assertEquals(404, api.get("/entities/payment/PMLONG1").status());
  }

  @Test
  void entityValuesNestedAThousandDeepAreRefused() {
    String deep = "[".repeat(1000) + "]".repeat(1000);
    ApiResponse refused =
        api.put("/entities/payment/PMDEEP1", "{\"values\": {\"amount\": " + deep + "}}");
    assertProblem(refused, 400, null);
    assertEquals(
        "TOO_DEEP", refused.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    assertEquals(404, api.get("/entities/payment/PMDEEP1").status());
  }

  @Test
  void theReaderIsStrict() {
    String contact = aContact().create(api);
    String body = "{\"name\": \"Maria\"}";
    assertProblem(api.put("/contacts/" + contact, body + " trailing"), 400, null);
    assertProblem(api.put("/contacts/" + contact, body + body), 400, null);
    assertProblem(
        api.put("/contacts/" + contact, "{\"name\": \"Maria\", \"optInDirectMarketing\": 2}"),
        400,
        "optInDirectMarketing");
    assertProblem(
        api.put("/contacts/" + contact, "{\"name\": \"Maria\", \"optInDirectMarketing\": \"yes\"}"),
        400,
        "optInDirectMarketing");
    assertProblem(
        api.put("/contacts/" + contact, "{\"name\": \"Maria\", \"nickname\": \"M\"}"),
        400,
        "nickname");
    assertEquals(
        200,
        api.put("/contacts/" + contact, api.get("/contacts/" + contact).body()).status(),
        "a contact read and sent back (with its read-only properties) is accepted");
  }

  @Test
  void pathsNormalisedOutOfTheApiAreProblems() {
    assertProblem(api.get("/contacts/..%2F..%2F..%2FWEB-INF%2Fweb.xml"), 404, null);
    assertProblem(api.get("/contacts/..%2F..%2Fopenapi"), 404, null);
    assertProblem(api.get("/contacts/CT%01"), 422, "number");
  }

  @Test
  void whatSurroundsTheBodyIsCheckedAsStrictly() {
    for (String list : List.of("/contacts", "/communications", "/events", "/tags")) {
      assertProblem(api.get(list + "?page=99999999&size=200"), 422, "page");
    }
    assertProblem(api.get("/contacts?sort=name,asc,extra"), 422, "sort");

    String contact = aContact().create(api);
    assertProblem(
        api.post(
            "/communications",
            anEmailTo(contact)
                .asDraft()
                .expiresAt(java.time.Instant.parse("+999999-01-01T00:00:00Z"))
                .build()),
        422,
        "expiresAt");
    assertProblem(
        api.put(
            "/entities/accounts_receivable/ARYEAR",
            "{\"values\": {\"due_date\": \"-999999-01-01\"}}"),
        422,
        "values.due_date");
    assertEquals(404, api.get("/entities/accounts_receivable/ARYEAR").status(), "nothing stored");

    ApiResponse latin1 =
        api.request(
            "POST", "/contacts", "application/json; charset=ISO-8859-1", "{\"name\":\"L\"}");
    assertProblem(latin1, 415, null);

    ApiResponse notAllowed = api.request("DELETE", "/contacts", null, null);
    assertProblem(notAllowed, 405, null);
    assertTrue(notAllowed.header("Allow").orElse("").contains("GET"), notAllowed::toString);

    // A body where the method takes none is not the listener's to refuse with a bare 400.
    assertEquals(
        200, api.request("GET", "/contacts?size=1", "application/json", "{\"x\": 1}").status());
    assertProblem(
        api.request("DELETE", "/categories/NO_SUCH_CATEGORY", "application/json", "{\"x\": 1}"),
        404,
        null);
  }

  private String settings(String path, UnaryOperator<JsonObjectBuilder> change) {
    JsonObject current = api.get(path).json();
    return change.apply(Json.createObjectBuilder(current)).build().toString();
  }

  private static void assertProblem(ApiResponse response, int status, String field) {
    assertEquals(status, response.status(), response::toString);
    assertTrue(response.contentType().startsWith("application/problem+json"), response::toString);
    assertEquals(status, response.json().getInt("status"));
    if (field != null) {
      assertTrue(response.errorFields().contains(field), "names " + field + ": " + response);
    }
  }
}
