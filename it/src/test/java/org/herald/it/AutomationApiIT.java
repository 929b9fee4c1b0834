package org.herald.it;

import static org.herald.it.support.TestSegments.aStaticSegmentOf;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.herald.it.support.TestTemplates.anSmsTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.junit.jupiter.api.Test;

/** Automations over REST: kept as given, every broken rule named, the event catalogue listed. */
class AutomationApiIT {

  private final HeraldClient api = HeraldClient.backOffice();

  private static String code() {
    return "A_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  @Test
  void theEventCatalogueIsDerivedFromTheEntityModel() {
    String types = api.get("/event-types").body();
    for (String type :
        List.of(
            "subscription.activated",
            "subscription.effective",
            "payment.posted",
            "bill.issued",
            "service_request.responded",
            "service_request.closed",
            "contact_information.registered",
            "wallet.updated")) {
      assertTrue(types.contains("\"" + type + "\""), type + " in " + types);
    }
  }

  @Test
  void anAutomationIsCreatedReadListedChangedAndDeleted() {
    String email = anEmailTemplate().referringTo("payment").in("en", "Receipt", "Paid").create(api);
    String sms =
        anSmsTemplate().in("en", null, "Paid #payment.amount").referringTo("payment").create(api);
    String code = code();
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Payment receipt");
    body.put("eventType", "payment.posted");
    body.put("emailTemplate", email);
    body.put("smsTemplate", sms);
    body.put("sendTo", "ALL");
    body.put("considerPresentmentPreferences", true);
    body.put("classification", "FINANCIAL");
    body.put(
        "conditions",
        List.of(Map.of("path", "payment.amount", "operator", "MORE_THAN", "value", "0")));

    ApiResponse created = api.post("/automations", body);
    assertEquals(201, created.status(), created::toString);
    assertEquals(
        HeraldClient.API + "/automations/" + code, created.header("Location").orElseThrow());
    JsonObject read = api.get("/automations/" + code).json();
    assertEquals("payment.posted", read.getString("eventType"));
    assertEquals("ALL", read.getString("sendTo"));
    assertTrue(read.getBoolean("effective"));
    assertEquals(
        "MORE_THAN", read.getJsonArray("conditions").getJsonObject(0).getString("operator"));

    JsonObject page = api.get("/automations?eventType=payment.posted&size=200").json();
    assertTrue(page.getJsonArray("items").toString().contains(code));
    assertTrue(page.getInt("totalItems") >= 1);

    body.put("effective", false);
    body.put("smsTemplate", null);
    assertEquals(200, api.put("/automations/" + code, body).status());
    JsonObject changed = api.get("/automations/" + code).json();
    assertEquals(false, changed.getBoolean("effective"));
    assertTrue(!changed.containsKey("smsTemplate") || changed.isNull("smsTemplate"));

    assertEquals(204, api.delete("/automations/" + code).status());
    assertEquals(404, api.get("/automations/" + code).status());
  }

  @Test
  void anAutomationChangedAgainAndAgainHasExactlyItsNewLists() {
    String email = anEmailTemplate().referringTo("payment").in("en", "Receipt", "Paid").create(api);
    List<String> segments = List.of(code(), code(), code());
    for (String segment : segments) {
      assertEquals(
          201,
          api.post("/segments", Map.of("code", segment, "name", segment, "kind", "STATIC"))
              .status());
    }
    String code = code();
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Reordered");
    body.put("eventType", "payment.posted");
    body.put("emailTemplate", email);
    body.put("sendTo", "PRIMARY");
    body.put("classification", "FINANCIAL");
    body.put("conditions", amountsOver("1", "2", "3"));
    body.put("segments", segments);
    assertEquals(201, api.post("/automations", body).status());

    // Reordered, shortened, lengthened: each kept element moves onto a position another held.
    List<List<String>> amounts =
        List.of(List.of("3", "1", "2"), List.of("2"), List.of("1", "2", "3", "4"));
    List<List<String>> segmentLists =
        List.of(
            List.of(segments.get(2), segments.get(0), segments.get(1)),
            List.of(segments.get(1)),
            segments);
    for (int round = 0; round < amounts.size(); round++) {
      body.put("conditions", amountsOver(amounts.get(round).toArray(String[]::new)));
      body.put("segments", segmentLists.get(round));
      ApiResponse changed = api.put("/automations/" + code, body);
      assertEquals(200, changed.status(), changed::toString);
      JsonObject read = api.get("/automations/" + code).json();
      assertEquals(
          amounts.get(round),
          read.getJsonArray("conditions").getValuesAs(JsonObject.class).stream()
              .map(condition -> condition.getString("value"))
              .toList());
      assertEquals(
          segmentLists.get(round),
          read.getJsonArray("segments").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList());
    }
  }

  private static List<Map<String, String>> amountsOver(String... amounts) {
    return Arrays.stream(amounts)
        .map(amount -> Map.of("path", "payment.amount", "operator", "MORE_THAN", "value", amount))
        .toList();
  }

  @Test
  void everyBrokenRuleIsNamedAndNothingIsStored() {
    String smsForBills = anSmsTemplate().referringTo("bill").in("en", null, "Bill").create(api);
    String payments = aStaticSegmentOf(api, "payment");
    String code = code();
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Broken");
    body.put("eventType", "payment.posted");
    body.put("emailTemplate", smsForBills); // an SMS template where an email one goes
    body.put("smsTemplate", smsForBills); // for bills, not payments
    body.put("sendTo", "SOMEWHERE");
    body.put("classification", "SPAM");
    body.put("segments", List.of("NO_SUCH_SEGMENT", payments)); // its contacts are selected
    body.put(
        "conditions",
        List.of(
            Map.of("path", "payment.colour", "operator", "EQUALS", "value", "red"),
            Map.of("path", "payment.amount", "operator", "CONTAINS", "value", "1"),
            Map.of("path", "payment.amount", "operator", "MORE_THAN", "value", "lots"),
            Map.of("path", "bill.due_date", "operator", "EQUALS", "value", "today")));

    ApiResponse refused = api.post("/automations", body);

    assertEquals(422, refused.status(), refused::toString);
    assertTrue(refused.contentType().startsWith("application/problem+json"));
    assertEquals("WRONG_MEDIUM", refused.errorCode("emailTemplate"));
    assertEquals("WRONG_ENTITY_TYPE", refused.errorCode("smsTemplate"));
    assertEquals("UNKNOWN_VALUE", refused.errorCode("classification"));
    assertEquals("UNKNOWN_SEGMENT", refused.errorCode("segments[0]"));
    assertEquals("NOT_CONTACTS", refused.errorCode("segments[1]"));
    assertEquals("UNKNOWN_PATH", refused.errorCode("conditions[0].path"));
    assertEquals("OPERATOR_NOT_ALLOWED", refused.errorCode("conditions[1].operator"));
    assertEquals("INVALID_NUMBER", refused.errorCode("conditions[2].value"));
    assertEquals("PATH_NOT_APPLICABLE", refused.errorCode("conditions[3].path"));
    assertTrue(refused.errorFields().contains("sendTo"), refused::toString);
    assertEquals(404, api.get("/automations/" + code).status());

    ApiResponse empty = api.post("/automations", Map.of("code", code()));
    assertEquals(422, empty.status());
    assertTrue(
        empty.errorFields().containsAll(List.of("name", "eventType", "emailTemplate")),
        empty::toString);
    ApiResponse unknown =
        api.post(
            "/automations",
            Map.of(
                "code",
                code(),
                "name",
                "X",
                "eventType",
                "payment.exploded",
                "emailTemplate",
                "NONE"));
    assertEquals("UNKNOWN_EVENT_TYPE", unknown.errorCode("eventType"));
    assertEquals("UNKNOWN_TEMPLATE", unknown.errorCode("emailTemplate"));
  }
}
