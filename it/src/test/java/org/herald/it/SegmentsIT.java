package org.herald.it;

import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestEntities.an;
import static org.herald.it.support.TestSegments.aStaticSegmentOf;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.junit.jupiter.api.Test;

/**
 * Segments over REST: by conditions over the contact and the entities that belong to it, answered
 * live by the database as the CRM syncs; static ones kept by hand or imported with a report.
 */
class SegmentsIT {

  private final HeraldClient api = HeraldClient.backOffice();

  private static String code() {
    return "S_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  @Test
  void aSegmentByConditionsFollowsTheEntitiesLive() {
    String marker = "ZX-" + UUID.randomUUID().toString().substring(0, 8);
    String owing = aContact().create(api);
    String settled = aContact().create(api);
    account(owing, marker, "0.00");
    String settledAccount = account(settled, marker, "-5.00");
    String code = code();
    ApiResponse created =
        api.post(
            "/segments",
            Map.of(
                "code",
                code,
                "name",
                "Owing ZX customers",
                "conditions",
                List.of(
                    Map.of(
                        "path",
                        "accounts_receivable.name",
                        "operator",
                        "EQUALS",
                        "value",
                        marker))));
    assertEquals(201, created.status(), created::toString);
    assertEquals(2, api.get("/segments/" + code + "/count").json().getInt("count"));

    // "Outstanding amount equal or more than 0", as the seed's financial notification says.
    ApiResponse narrowed =
        api.put(
            "/segments/" + code,
            Map.of(
                "name",
                "Owing",
                "conditions",
                List.of(
                    Map.of(
                        "path",
                        "accounts_receivable.outstanding_amount",
                        "operator",
                        "MORE_THAN",
                        "value",
                        "0"),
                    Map.of(
                        "path",
                        "contact_information.name",
                        "operator",
                        "EQUALS",
                        "value",
                        marker))));
    assertEquals(200, narrowed.status(), narrowed::toString);
    JsonObject members = api.get("/segments/" + code + "/members?size=200").json();
    List<String> numbers =
        members.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("contact"))
            .toList();
    assertTrue(numbers.contains(owing), members::toString);
    assertTrue(!numbers.contains(settled), members::toString);

    // The CRM syncs a change: membership follows at once, no rebuild.
    api.put(
        "/entities/accounts_receivable/" + settledAccount,
        Map.of("values", Map.of("contact", settled, "outstanding_amount", "12.00")));
    assertTrue(
        api.get("/segments/" + code + "/members?size=200").body().contains(settled),
        "a settled account that owes again is a member again");
  }

  @Test
  void aSegmentAnAutomationNamesIsNotDeleted() {
    String code = code();
    assertEquals(
        201, api.post("/segments", Map.of("code", code, "name", "VIP", "kind", "STATIC")).status());
    String template = anEmailTemplate().referringTo("payment").in("en", "Paid", "Paid").create(api);
    String automation = "A_" + code;
    ApiResponse created =
        api.post(
            "/automations",
            Map.of(
                "code",
                automation,
                "name",
                "VIP receipt",
                "eventType",
                "payment.posted",
                "emailTemplate",
                template,
                "segments",
                List.of(code)));
    assertEquals(201, created.status(), created::toString);

    ApiResponse refused = api.delete("/segments/" + code);
    assertEquals(409, refused.status(), refused::toString);
    assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
    assertTrue(
        refused.json().getString("detail").contains(automation + " (VIP receipt)"),
        refused::toString);
    assertEquals(200, api.get("/segments/" + code).status(), "nothing deleted");
    assertEquals(List.of(code), segmentsOf(automation), "the automation still names it");

    assertEquals(204, api.delete("/automations/" + automation).status());
    assertEquals(204, api.delete("/segments/" + code).status());
    assertEquals(404, api.get("/segments/" + code).status());
  }

  private List<String> segmentsOf(String automation) {
    return api
        .get("/automations/" + automation)
        .json()
        .getJsonArray("segments")
        .getValuesAs(jakarta.json.JsonString.class)
        .stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  @Test
  void badConditionsAreNamed() {
    ApiResponse refused =
        api.post(
            "/segments",
            Map.of(
                "code",
                code(),
                "name",
                "Broken",
                "conditions",
                List.of(
                    Map.of("path", "wallet.balance", "operator", "MORE_THAN", "value", "1"),
                    Map.of(
                        "path",
                        "accounts_receivable.due_date",
                        "operator",
                        "EQUALS",
                        "value",
                        "someday"))));
    assertEquals(422, refused.status(), refused::toString);
    assertEquals("PATH_NOT_APPLICABLE", refused.errorCode("conditions[0].path"));
    assertEquals("INVALID_DATE", refused.errorCode("conditions[1].value"));
    ApiResponse none = api.post("/segments", Map.of("code", code(), "name", "Nothing"));
    assertEquals("REQUIRED", none.errorCode("conditions"));
  }

  @Test
  void aStaticSegmentIsKeptByHandAndImportedWithAReportPerLine() {
    String first = aContact().create(api);
    String second = aContact().create(api);
    String code = code();
    assertEquals(
        201, api.post("/segments", Map.of("code", code, "name", "VIP", "kind", "STATIC")).status());

    JsonObject added =
        api.post("/segments/" + code + "/members", Map.of("contacts", List.of(first, "CT_NOBODY")))
            .json();
    assertEquals("ADDED", added.getJsonArray("items").getJsonObject(0).getString("status"));
    assertEquals(
        "UNKNOWN_CONTACT", added.getJsonArray("items").getJsonObject(1).getString("status"));

    ApiResponse imported =
        api.postAs(
            "/segments/" + code + "/members/import",
            "text/csv",
            "number\n" + first + "\n" + second + ",Maria\n\nCT_NOBODY\n");
    assertEquals(200, imported.status(), imported::toString);
    List<String> report =
        imported.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(i -> i.getInt("line") + " " + i.getString("status"))
            .toList();
    assertEquals(List.of("2 ALREADY_MEMBER", "3 ADDED", "5 UNKNOWN_CONTACT"), report);
    assertEquals(2, api.get("/segments/" + code + "/count").json().getInt("count"));

    assertEquals(204, api.delete("/segments/" + code + "/members/" + first).status());
    assertEquals(404, api.delete("/segments/" + code + "/members/" + first).status());
    assertEquals(1, api.get("/segments/" + code + "/members").json().getInt("totalItems"));
  }

  private String account(String contact, String name, String outstanding) {
    return an("accounts_receivable", "AR")
        .with("contact", contact)
        .with("name", name)
        .with("outstanding_amount", outstanding)
        .put(api);
  }

  private static Map<String, String> condition(String path, String operator, String value) {
    return Map.of("path", path, "operator", operator, "value", value);
  }

  private List<String> memberNumbers(String code) {
    return api
        .get("/segments/" + code + "/members?size=200")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(member -> member.getString("contact"))
        .toList();
  }

  @Test
  void aSegmentOfAccountsReceivableListsTheAccountsItsConditionsSelect() {
    String marker = "ZX-" + UUID.randomUUID().toString().substring(0, 8);
    String contact = aContact().create(api);
    String owing = account(contact, marker + "-owing", "25.00");
    account(contact, marker, "-5.00");
    String code = code();
    ApiResponse created =
        api.post(
            "/segments",
            Map.of(
                "code",
                code,
                "name",
                "Owing accounts",
                "entityType",
                "accounts_receivable",
                "conditions",
                List.of(
                    condition("accounts_receivable.name", "EQUALS", marker),
                    condition("accounts_receivable.name", "EQUALS", marker + "-owing"))));
    assertEquals(201, created.status(), created::toString);
    assertEquals("accounts_receivable", created.json().getString("entityType"));

    // At least one condition holds: both accounts; then, conditions reordered, the owing one.
    assertEquals(2, memberNumbers(code).size());
    ApiResponse changed =
        api.put(
            "/segments/" + code,
            Map.of(
                "name",
                "Owing accounts",
                "conditions",
                List.of(
                    condition("accounts_receivable.name", "EQUALS", marker + "-owing"),
                    condition("accounts_receivable.outstanding_amount", "EQUALS", "-1234.56"))));
    assertEquals(200, changed.status(), changed::toString);
    assertEquals(List.of(owing), memberNumbers(code));
    assertEquals(
        List.of("accounts_receivable.name", "accounts_receivable.outstanding_amount"),
        api.get("/segments/" + code).json().getJsonArray("conditions").stream()
            .map(c -> c.asJsonObject().getString("path"))
            .toList());

    // Its entity type is fixed; its paths start there; a type must exist.
    assertEquals(
        "IMMUTABLE",
        api.put(
                "/segments/" + code,
                Map.of(
                    "name",
                    "x",
                    "entityType",
                    "contact_information",
                    "conditions",
                    List.of(condition("accounts_receivable.balance", "MORE_THAN", "1"))))
            .errorCode("entityType"));
    assertEquals(
        "PATH_NOT_APPLICABLE",
        api.post(
                "/segments",
                Map.of(
                    "code",
                    code(),
                    "name",
                    "x",
                    "entityType",
                    "accounts_receivable",
                    "conditions",
                    List.of(condition("contact_information.name", "EQUALS", "Maria"))))
            .errorCode("conditions[0].path"));
    assertEquals(
        "UNKNOWN_ENTITY_TYPE",
        api.post(
                "/segments",
                Map.of("code", code(), "name", "x", "kind", "STATIC", "entityType", "nothing"))
            .errorCode("entityType"));
  }

  @Test
  void aStaticSegmentOfRewardsParticipantsIsKeptByNumber() {
    String participant = an("rewards_participant", "RP").with("points_balance", 10).put(api);
    String code = aStaticSegmentOf(api, "rewards_participant");
    JsonObject added =
        api.post(
                "/segments/" + code + "/members",
                Map.of("contacts", List.of(participant, "RP_NOBODY")))
            .json();
    assertEquals("ADDED", added.getJsonArray("items").getJsonObject(0).getString("status"));
    assertEquals(
        "UNKNOWN_ENTITY", added.getJsonArray("items").getJsonObject(1).getString("status"));
    assertEquals(List.of(participant), memberNumbers(code));
    assertEquals(1, api.get("/segments/" + code + "/count").json().getInt("count"));
    assertEquals(204, api.delete("/segments/" + code + "/members/" + participant).status());
    assertEquals(List.of(), memberNumbers(code));
  }
}
