package org.herald.it;

import static org.herald.it.support.TestNotificationTypes.aType;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.herald.it.support.TestTemplates.anSmsTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.herald.api.event.ConditionDto;
import org.herald.api.notification.NotificationTypeDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestNotificationTypes;
import org.junit.jupiter.api.Test;

/**
 * Notification types over REST: a topic offered by the classification and fixed once made, one
 * notification template per medium for the topic's item, one integration, one expiry, data
 * protection by a marketing list, conditions over the item and segments; every bad field named,
 * nothing stored.
 */
class NotificationTypeApiIT {

  private final HeraldClient api = HeraldClient.backOffice();

  static String code() {
    return "NT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  static String arEmailTemplate(HeraldClient api) {
    return anEmailTemplate()
        .forNotificationsOf("accounts_receivable")
        .in(
            "en",
            "Your account #notification.accounts_receivable.number",
            "Dear #notification.accounts_receivable.name, you owe"
                + " #notification.accounts_receivable.outstanding_amount.")
        .create(api);
  }

  static String arSmsTemplate(HeraldClient api) {
    return anSmsTemplate()
        .forNotificationsOf("accounts_receivable")
        .in("en", null, "You owe #notification.accounts_receivable.outstanding_amount")
        .create(api);
  }

  static NotificationTypeDto type(String code, String topic, List<String> templates) {
    return aType(templates.toArray(String[]::new))
        .code(code)
        .topic(topic)
        .expiresAfter("P3D")
        .build();
  }

  private static String segment(HeraldClient api) {
    String code = "SG_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertEquals(
        201,
        api.post("/segments", Map.of("code", code, "name", "Debtors", "kind", "STATIC")).status());
    return code;
  }

  @Test
  void aTypeIsCreatedReadChangedListedAndDeleted() {
    String email = arEmailTemplate(api);
    String sms = arSmsTemplate(api);
    String code = code();

    ApiResponse created =
        api.post(
            "/notification-types", type(code, "ACCOUNTS_RECEIVABLE_STATE", List.of(email, sms)));
    assertEquals(201, created.status(), created.toString());
    JsonObject json = created.json();
    assertEquals("accounts_receivable", json.getString("itemType"));
    assertEquals("FINANCIAL", json.getString("classification"));
    assertEquals(email, json.getJsonArray("templates").getString(0));
    assertEquals(sms, json.getJsonArray("templates").getString(1));
    assertEquals("P3D", json.getString("expiresAfter"));

    NotificationTypeDto changed =
        aType(email).code(code).named("Renamed").dataProtection("DIRECT_MARKETING").build();
    ApiResponse updated = api.put("/notification-types/" + code, changed);
    assertEquals(200, updated.status(), updated.toString());
    assertEquals("Renamed", api.get("/notification-types/" + code).json().getString("name"));
    assertEquals(
        "DIRECT_MARKETING",
        api.get("/notification-types/" + code).json().getString("dataProtection"));

    JsonObject page = api.get("/notification-types?classification=FINANCIAL&size=200").json();
    assertTrue(
        page.getJsonArray("items").stream()
            .anyMatch(item -> item.asJsonObject().getString("code").equals(code)));
    assertTrue(page.containsKey("totalItems"));

    assertEquals(204, api.delete("/notification-types/" + code).status());
    assertEquals(404, api.get("/notification-types/" + code).status());
  }

  @Test
  void aTypeChangedAgainAndAgainHasExactlyItsNewLists() {
    String email = arEmailTemplate(api);
    String sms = arSmsTemplate(api);
    String first = segment(api);
    String second = segment(api);
    String third = segment(api);
    ConditionDto owing =
        new ConditionDto("accounts_receivable.outstanding_amount", "MORE_THAN", "0");
    ConditionDto due = new ConditionDto("accounts_receivable.due_date", "EQUALS", "today-1");
    ConditionDto euros = new ConditionDto("accounts_receivable.currency", "EQUALS", "EUR");
    String code = aType(email, sms).conditions(owing, due).segments(first, second).create(api);

    // Each list reordered, then shortened and changed, then lengthened: every position rewritten.
    List<TestNotificationTypes> changes =
        List.of(
            aType(sms, email).conditions(due, owing).segments(second, first),
            aType(email).conditions(euros).segments(third),
            aType(sms, email).conditions(euros, owing, due).segments(third, first, second),
            aType(email, sms).conditions(owing, due).segments(first, second));
    for (TestNotificationTypes change : changes) {
      NotificationTypeDto sent = change.code(code).build();
      ApiResponse changed = api.put("/notification-types/" + code, sent);
      assertEquals(200, changed.status(), changed.toString());
      JsonObject read = api.get("/notification-types/" + code).json();
      assertEquals(sent.templates(), strings(read, "templates"));
      assertEquals(sent.segments(), strings(read, "segments"));
      assertEquals(
          sent.conditions(),
          read.getJsonArray("conditions").stream()
              .map(JsonValue::asJsonObject)
              .map(
                  c ->
                      new ConditionDto(
                          c.getString("path"), c.getString("operator"), c.getString("value")))
              .toList());
    }
  }

  private static List<String> strings(JsonObject json, String array) {
    return json.getJsonArray(array).getValuesAs(JsonString::getString);
  }

  @Test
  void everyBadFieldIsNamedAndNothingIsStored() {
    String forBills =
        anEmailTemplate()
            .forNotificationsOf("bill")
            .in("en", "Bill #notification.bill.number", "Due #notification.bill.due_date")
            .create(api);
    String manual = anEmailTemplate().in("en", "Hello", "Plain").create(api);
    TestNotificationTypes bad =
        aType(forBills, manual, "NO_SUCH_TEMPLATE")
            .named(" ")
            .externalSystem("NO_SUCH_SYSTEM")
            .expiresAt(Instant.parse("2001-01-01T00:00:00Z"))
            .expiresAfter("P3D")
            .dataProtection("FINANCIAL");

    ApiResponse refused = api.post("/notification-types", bad.build());

    assertEquals(422, refused.status(), refused.toString());
    assertEquals("REQUIRED", refused.errorCode("name"));
    assertEquals("NOT_FOR_ITEM", refused.errorCode("templates[0]"));
    assertEquals("NOT_FOR_ITEM", refused.errorCode("templates[1]"));
    assertEquals("UNKNOWN_TEMPLATE", refused.errorCode("templates[2]"));
    assertEquals("UNKNOWN_EXTERNAL_SYSTEM", refused.errorCode("externalSystem"));
    assertEquals("IN_THE_PAST", refused.errorCode("expiresAt"));
    assertEquals("CONFLICT", refused.errorCode("expiresAfter"));
    assertEquals("NOT_MARKETING", refused.errorCode("dataProtection"));
    assertEquals(404, api.get("/notification-types/" + bad.code()).status());
  }

  @Test
  void conditionsOverTheItemAndSegmentsAreCheckedStoredAndAnswered() {
    String email = arEmailTemplate(api);
    String segment = segment(api);
    String code =
        aType(email)
            .named("Outstanding")
            .conditions(
                new ConditionDto("accounts_receivable.outstanding_amount", "MORE_THAN", "0"),
                new ConditionDto("accounts_receivable.due_date", "EQUALS", "today-1"))
            .segments(segment)
            .create(api);
    JsonObject read = api.get("/notification-types/" + code).json();
    assertEquals(
        "accounts_receivable.due_date",
        read.getJsonArray("conditions").getJsonObject(1).getString("path"));
    assertEquals("today-1", read.getJsonArray("conditions").getJsonObject(1).getString("value"));
    assertEquals(segment, read.getJsonArray("segments").getString(0));

    // Paths start at the item (payment is not it); every bad part is named; nothing is stored.
    TestNotificationTypes broken =
        aType(email)
            .named("Broken")
            .conditions(
                new ConditionDto("payment.amount", "MORE_THAN", "1"),
                new ConditionDto("accounts_receivable.name", "MORE_THAN", "A"),
                new ConditionDto("accounts_receivable.due_date", "EQUALS", "someday"),
                new ConditionDto("accounts_receivable.balance", null, "1"))
            .segments("NO_SUCH_SEGMENT", segment, segment);
    ApiResponse refused = api.post("/notification-types", broken.build());
    assertEquals(422, refused.status(), refused.toString());
    assertEquals("PATH_NOT_APPLICABLE", refused.errorCode("conditions[0].path"));
    assertEquals("OPERATOR_NOT_ALLOWED", refused.errorCode("conditions[1].operator"));
    assertEquals("INVALID_DATE", refused.errorCode("conditions[2].value"));
    assertEquals("REQUIRED", refused.errorCode("conditions[3].operator"));
    assertEquals("UNKNOWN_SEGMENT", refused.errorCode("segments[0]"));
    assertEquals("DUPLICATE", refused.errorCode("segments[2]"));
    assertEquals(404, api.get("/notification-types/" + broken.code()).status());

    // A change replaces them; left out, there are none.
    NotificationTypeDto without =
        aType(email).code(null).named("Outstanding").classification(null).topic(null).build();
    ApiResponse changed = api.put("/notification-types/" + code, without);
    assertEquals(200, changed.status(), changed.toString());
    assertEquals(0, changed.json().getJsonArray("conditions").size());
    assertEquals(0, changed.json().getJsonArray("segments").size());
  }

  @Test
  void theTopicStaysFixed() {
    String email = arEmailTemplate(api);
    String code = code();
    assertEquals(
        201,
        api.post("/notification-types", type(code, "ACCOUNTS_RECEIVABLE_STATE", List.of(email)))
            .status());
    ApiResponse moved =
        api.put("/notification-types/" + code, type(code, "BILL_SENDING", List.of(email)));
    assertEquals(422, moved.status(), moved.toString());
    assertEquals("FIXED", moved.errorCode("topic"));
    assertEquals(
        "ACCOUNTS_RECEIVABLE_STATE",
        api.get("/notification-types/" + code).json().getString("topic"));
  }

  @Test
  void heraldSendsOnlyEmailAndSmsAndTwoTemplatesMayNotShareAMedium() {
    String one = arEmailTemplate(api);
    String two = arEmailTemplate(api);
    ApiResponse refused = api.post("/notification-types", aType(one, two).build());
    assertEquals(422, refused.status(), refused.toString());
    assertEquals("DUPLICATE_MEDIUM", refused.errorCode("templates[1]"));
  }

  /** A bad value in one field: the field named with its code, nothing stored. */
  private record Refusal(String field, String code, TestNotificationTypes type) {}

  @Test
  void eachOutOfRangeOrUnknownValueIsRefusedByName() {
    String email = arEmailTemplate(api);
    List<Refusal> refusals =
        List.of(
            new Refusal("templates", "REQUIRED", aType()),
            new Refusal(
                "expiresAt",
                "OUT_OF_RANGE",
                aType(email).expiresAt(Instant.parse("+100000-01-01T00:00:00Z"))),
            new Refusal("expiresAfter", "OUT_OF_RANGE", aType(email).expiresAfter("P99999D")),
            new Refusal("topic", "UNKNOWN_VALUE", aType(email).topic("NOPE")),
            new Refusal("topic", "NOT_OFFERED", aType(email).classification("CUSTOMER_CARE")),
            new Refusal(
                "classification",
                "NOT_A_NOTIFICATION",
                aType(email).classification("DIRECT_MARKETING")));
    for (Refusal refusal : refusals) {
      ApiResponse refused = api.post("/notification-types", refusal.type().build());
      assertEquals(422, refused.status(), refusal + ": " + refused);
      assertEquals(refusal.code(), refused.errorCode(refusal.field()), refused.toString());
      assertEquals(404, api.get("/notification-types/" + refusal.type().code()).status());
    }
  }
}
