package org.herald.it;

import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.herald.it.support.TestTemplates.anSmsTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.herald.api.event.ConditionDto;
import org.herald.api.notification.NotificationTypeDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
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

  static NotificationTypeDto type(String code, String topic, List<String> templates) {
    return new NotificationTypeDto(
        code,
        "Outstanding amounts",
        "FINANCIAL",
        topic,
        null,
        templates,
        null,
        null,
        "P3D",
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void aTypeIsCreatedReadChangedListedAndDeleted() {
    String email = arEmailTemplate(api);
    String sms =
        anSmsTemplate()
            .forNotificationsOf("accounts_receivable")
            .in("en", null, "You owe #notification.accounts_receivable.outstanding_amount")
            .create(api);
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
        new NotificationTypeDto(
            code,
            "Renamed",
            "FINANCIAL",
            "ACCOUNTS_RECEIVABLE_STATE",
            null,
            List.of(email),
            null,
            null,
            null,
            "DIRECT_MARKETING",
            null,
            null,
            null,
            null);
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
  void everyBadFieldIsNamedAndNothingIsStored() {
    String forBills =
        anEmailTemplate()
            .forNotificationsOf("bill")
            .in("en", "Bill #notification.bill.number", "Due #notification.bill.due_date")
            .create(api);
    String manual = anEmailTemplate().in("en", "Hello", "Plain").create(api);
    String code = code();
    NotificationTypeDto bad =
        new NotificationTypeDto(
            code,
            " ",
            "FINANCIAL",
            "ACCOUNTS_RECEIVABLE_STATE",
            null,
            List.of(forBills, manual, "NO_SUCH_TEMPLATE"),
            "NO_SUCH_SYSTEM",
            java.time.Instant.parse("2001-01-01T00:00:00Z"),
            "P3D",
            "FINANCIAL",
            null,
            null,
            null,
            null);

    ApiResponse refused = api.post("/notification-types", bad);

    assertEquals(422, refused.status(), refused.toString());
    assertEquals("REQUIRED", refused.errorCode("name"));
    assertEquals("NOT_FOR_ITEM", refused.errorCode("templates[0]"));
    assertEquals("NOT_FOR_ITEM", refused.errorCode("templates[1]"));
    assertEquals("UNKNOWN_TEMPLATE", refused.errorCode("templates[2]"));
    assertEquals("UNKNOWN_EXTERNAL_SYSTEM", refused.errorCode("externalSystem"));
    assertEquals("IN_THE_PAST", refused.errorCode("expiresAt"));
    assertEquals("CONFLICT", refused.errorCode("expiresAfter"));
    assertEquals("NOT_MARKETING", refused.errorCode("dataProtection"));
    assertEquals(404, api.get("/notification-types/" + code).status());
  }

  @Test
  void conditionsOverTheItemAndSegmentsAreCheckedStoredAndAnswered() {
    String email = arEmailTemplate(api);
    String segment = "SG_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertEquals(
        201,
        api.post("/segments", Map.of("code", segment, "name", "Debtors", "kind", "STATIC"))
            .status());
    String code = code();
    List<ConditionDto> seeds =
        List.of(
            new ConditionDto("accounts_receivable.outstanding_amount", "MORE_THAN", "0"),
            new ConditionDto("accounts_receivable.due_date", "EQUALS", "today-1"));
    ApiResponse created =
        api.post(
            "/notification-types",
            new NotificationTypeDto(
                code,
                "Outstanding",
                "FINANCIAL",
                "ACCOUNTS_RECEIVABLE_STATE",
                null,
                List.of(email),
                null,
                null,
                null,
                null,
                seeds,
                List.of(segment),
                null,
                null));
    assertEquals(201, created.status(), created.toString());
    JsonObject read = api.get("/notification-types/" + code).json();
    assertEquals(
        "accounts_receivable.due_date",
        read.getJsonArray("conditions").getJsonObject(1).getString("path"));
    assertEquals("today-1", read.getJsonArray("conditions").getJsonObject(1).getString("value"));
    assertEquals(segment, read.getJsonArray("segments").getString(0));

    // Paths start at the item (payment is not it); every bad part is named; nothing is stored.
    String refusedCode = code();
    ApiResponse refused =
        api.post(
            "/notification-types",
            new NotificationTypeDto(
                refusedCode,
                "Broken",
                "FINANCIAL",
                "ACCOUNTS_RECEIVABLE_STATE",
                null,
                List.of(email),
                null,
                null,
                null,
                null,
                List.of(
                    new ConditionDto("payment.amount", "MORE_THAN", "1"),
                    new ConditionDto("accounts_receivable.name", "MORE_THAN", "A"),
                    new ConditionDto("accounts_receivable.due_date", "EQUALS", "someday"),
                    new ConditionDto("accounts_receivable.balance", null, "1")),
                List.of("NO_SUCH_SEGMENT", segment, segment),
                null,
                null));
    assertEquals(422, refused.status(), refused.toString());
    assertEquals("PATH_NOT_APPLICABLE", refused.errorCode("conditions[0].path"));
    assertEquals("OPERATOR_NOT_ALLOWED", refused.errorCode("conditions[1].operator"));
    assertEquals("INVALID_DATE", refused.errorCode("conditions[2].value"));
    assertEquals("REQUIRED", refused.errorCode("conditions[3].operator"));
    assertEquals("UNKNOWN_SEGMENT", refused.errorCode("segments[0]"));
    assertEquals("DUPLICATE", refused.errorCode("segments[2]"));
    assertEquals(404, api.get("/notification-types/" + refusedCode).status());

    // A change replaces them; left out, there are none.
    NotificationTypeDto without =
        new NotificationTypeDto(
            null,
            "Outstanding",
            null,
            null,
            null,
            List.of(email),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    ApiResponse changed = api.put("/notification-types/" + code, without);
    assertEquals(200, changed.status(), changed.toString());
    assertEquals(0, changed.json().getJsonArray("conditions").size());
    assertEquals(0, changed.json().getJsonArray("segments").size());
  }

  @Test
  void theTopicMustBeOfferedByTheClassificationAndStaysFixed() {
    String email = arEmailTemplate(api);
    String code = code();
    NotificationTypeDto careWithFinancialTopic =
        new NotificationTypeDto(
            code,
            "Care",
            "CUSTOMER_CARE",
            "ACCOUNTS_RECEIVABLE_STATE",
            null,
            List.of(email),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertEquals(
        "NOT_OFFERED", api.post("/notification-types", careWithFinancialTopic).errorCode("topic"));
    NotificationTypeDto marketing =
        new NotificationTypeDto(
            code,
            "Offers",
            "DIRECT_MARKETING",
            "ACCOUNTS_RECEIVABLE_STATE",
            null,
            List.of(email),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertEquals(
        "NOT_A_NOTIFICATION",
        api.post("/notification-types", marketing).errorCode("classification"));

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
    ApiResponse refused =
        api.post(
            "/notification-types", type(code(), "ACCOUNTS_RECEIVABLE_STATE", List.of(one, two)));
    assertEquals(422, refused.status(), refused.toString());
    assertEquals("DUPLICATE_MEDIUM", refused.errorCode("templates[1]"));
    assertEquals(
        "REQUIRED",
        api.post("/notification-types", type(code(), "ACCOUNTS_RECEIVABLE_STATE", List.of()))
            .errorCode("templates"));
    assertEquals(
        "OUT_OF_RANGE",
        api.post(
                "/notification-types",
                new NotificationTypeDto(
                    code(),
                    "x",
                    "FINANCIAL",
                    "ACCOUNTS_RECEIVABLE_STATE",
                    null,
                    List.of(one),
                    null,
                    java.time.Instant.parse("+100000-01-01T00:00:00Z"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
            .errorCode("expiresAt"));
    assertEquals(
        "OUT_OF_RANGE",
        api.post(
                "/notification-types",
                new NotificationTypeDto(
                    code(),
                    "x",
                    "FINANCIAL",
                    "ACCOUNTS_RECEIVABLE_STATE",
                    null,
                    List.of(one),
                    null,
                    null,
                    "P99999D",
                    null,
                    null,
                    null,
                    null,
                    null))
            .errorCode("expiresAfter"));
    assertEquals(
        "UNKNOWN_VALUE",
        api.post(
                "/notification-types",
                new NotificationTypeDto(
                    code(),
                    "x",
                    "FINANCIAL",
                    "NOPE",
                    null,
                    List.of(one),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
            .errorCode("topic"));
  }
}
