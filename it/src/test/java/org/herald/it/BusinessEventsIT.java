package org.herald.it;

import static org.herald.it.support.TestContacts.aBareContact;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestContacts.primaryEmail;
import static org.herald.it.support.TestContacts.uniqueAddress;
import static org.herald.it.support.TestEntities.an;
import static org.herald.it.support.TestEvents.anEvent;
import static org.herald.it.support.TestEvents.awaitProcessed;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestBroker;
import org.herald.it.support.TestEvents;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Business events over REST: refused whole and unstored when anything is wrong, accepted once per
 * id, processed asynchronously with a recorded reason for every automation that made nothing, and
 * never a communication twice, however often the event is processed. Each test's automations are
 * limited to a static segment of its own contacts, so tests never see each other's events.
 */
class BusinessEventsIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void badEventsAreRefusedNamingTheFieldAndNothingIsStored() {
    String contact = aContact().create(api);
    String bill = "BL" + UUID.randomUUID().toString().substring(0, 8);

    ApiResponse unknownType = api.post("/events", anEvent("bill.exploded", bill, contact).build());
    assertEquals(422, unknownType.status(), unknownType::toString);
    assertEquals("UNKNOWN_EVENT_TYPE", unknownType.errorCode("type"));

    TestEvents unknownEntity = anEvent("bill.issued", bill, contact);
    assertEquals(
        "UNKNOWN_ENTITY", api.post("/events", unknownEntity.build()).errorCode("entity.number"));

    TestEvents badValues =
        anEvent("bill.issued", bill, "CT_NOBODY")
            .values(Map.of("total_amount_to_be_paid", "lots", "colour", "red"));
    ApiResponse refused = api.post("/events", badValues.build());
    assertEquals(422, refused.status());
    assertEquals("UNKNOWN_CONTACT", refused.errorCode("contact"));
    assertEquals("INVALID_AMOUNT", refused.errorCode("values.total_amount_to_be_paid"));
    assertEquals("UNKNOWN_FIELD", refused.errorCode("values.colour"));
    assertEquals(404, api.get("/events/" + badValues.id()).status());
    assertEquals(404, api.get("/entities/bill/" + bill).status(), "values not upserted");

    TestEvents good =
        anEvent("bill.issued", bill, contact).values(Map.of("due_date", "2026-12-31"));
    TestEvents mismatched =
        anEvent("bill.issued", bill, contact)
            .with("entity", Map.of("type", "payment", "number", bill));
    ApiResponse batch =
        api.post("/events/batch", Map.of("items", List.of(good.build(), mismatched.build())));
    assertEquals(422, batch.status(), batch::toString);
    assertEquals("ENTITY_TYPE_MISMATCH", batch.errorCode("items[1].entity.type"));
    assertEquals(404, api.get("/events/" + good.id()).status(), "the good one is not stored");
    assertEquals(404, api.get("/entities/bill/" + bill).status());
  }

  @Test
  void theSameIdAgainIsAcceptedAndChangesNothing() {
    String contact = aContact().create(api);
    String automation = automation(segmentOf(contact), Map.of());
    String bill = "BL" + UUID.randomUUID().toString().substring(0, 8);
    TestEvents event =
        anEvent("bill.issued", bill, contact).values(Map.of("total_amount_to_be_paid", "10.00"));

    ApiResponse first = api.post("/events", event.build());
    assertEquals(202, first.status(), first::toString);
    assertEquals(
        HeraldClient.API + "/events/" + event.id(), first.header("Location").orElseThrow());
    assertTrue(first.json().getBoolean("received"));
    ApiResponse again =
        api.post("/events", event.values(Map.of("total_amount_to_be_paid", "99.00")).build());
    assertEquals(202, again.status());
    assertFalse(again.json().getBoolean("received"));

    JsonObject processed = awaitProcessed(api, event.id());
    assertEquals("SENT", outcomes(processed, automation).get(0).getString("outcome"));
    MAIL.awaitReceived(primaryEmail(api, contact), 1);
    BigDecimal stored =
        api.get("/entities/bill/" + bill)
            .json()
            .getJsonObject("values")
            .getJsonNumber("total_amount_to_be_paid")
            .bigDecimalValue();
    assertEquals(0, new BigDecimal("10.00").compareTo(stored), "the first event's values");
    assertEquals(1, communicationsOf(contact));
  }

  /**
   * Every message of an event processed at once, as a redelivery storm or several nodes would: the
   * event's messages are held, the event is queued 20 more times, and all are let go together.
   */
  @Test
  void processingAnEventManyTimesAtOnceMakesEachCommunicationOnce() {
    String contact = aContact().email("WORK", uniqueAddress(), false).create(api);
    String automation = automation(segmentOf(contact), Map.of("sendTo", "ALL"));
    TestEvents event =
        anEvent("bill.issued", "BL" + UUID.randomUUID().toString().substring(0, 8), contact)
            .values(Map.of("total_amount_to_be_paid", "10.00"));
    TestBroker.pauseEvents();
    try {
      event.post(api);
      List<CompletableFuture<HttpResponse<String>>> replays = new ArrayList<>();
      IntStream.range(0, 20)
          .forEach(
              i ->
                  replays.add(
                      CompletableFuture.supplyAsync(
                          () -> api.post("/events/" + event.id() + "/reprocess", "").raw())));
      replays.forEach(replay -> assertEquals(202, replay.join().statusCode()));
    } finally {
      TestBroker.resumeEvents();
    }
    TestBroker.awaitHeldEvents(0);

    JsonObject processed = awaitProcessed(api, event.id());
    List<JsonObject> sent = outcomes(processed, automation);
    assertEquals(2, sent.size(), processed::toString);
    assertTrue(sent.stream().allMatch(o -> o.getString("outcome").equals("SENT")));
    assertEquals(2, communicationsOf(contact), "one per address, never more");
    for (JsonObject email :
        api.get("/contacts/" + contact)
            .json()
            .getJsonArray("emails")
            .getValuesAs(JsonObject.class)) {
      assertEquals(1, MAIL.awaitReceived(email.getString("address"), 1).size());
    }
  }

  @Test
  void aRetriedBatchChangesNothing() {
    String contact = aContact().create(api);
    automation(segmentOf(contact), Map.of());
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      items.add(
          anEvent("bill.issued", "BL" + UUID.randomUUID().toString().substring(0, 8), contact)
              .values(Map.of("total_amount_to_be_paid", "1.00"))
              .build());
    }
    ApiResponse first = api.post("/events/batch", Map.of("items", items));
    assertEquals(202, first.status(), first::toString);
    ApiResponse retried = api.post("/events/batch", Map.of("items", items));
    assertEquals(202, retried.status());
    assertTrue(
        retried.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .noneMatch(item -> item.getBoolean("received")));
    items.forEach(item -> awaitProcessed(api, (String) item.get("id")));
    assertEquals(3, MAIL.awaitReceived(primaryEmail(api, contact), 3).size());
    assertEquals(3, communicationsOf(contact));
    JsonObject listed = api.get("/events?contact=" + contact + "&type=bill.issued").json();
    assertEquals(3, listed.getInt("totalItems"), "each event stored once");
    assertEquals(
        0,
        api.get("/events?contact=" + contact + "&type=payment.posted").json().getInt("totalItems"));
  }

  @Test
  void everyAutomationThatMakesNothingSaysWhy() {
    String moreThan = aContact().create(api);
    String bare = aBareContact().create(api);
    String segment = segmentOf(moreThan, bare);
    String automation =
        automation(
            segment,
            Map.of(
                "conditions",
                List.of(
                    Map.of(
                        "path",
                        "bill.total_amount_to_be_paid",
                        "operator",
                        "MORE_THAN",
                        "value",
                        "100"))));
    String outsider = aContact().create(api);

    String inclusive = billEvent(moreThan, "100.00");
    String below = billEvent(moreThan, "99.99");
    String noAddress = billEvent(bare, "500.00");
    String notMember = billEvent(outsider, "500.00");

    assertEquals(
        "SENT", outcomes(awaitProcessed(api, inclusive), automation).get(0).getString("outcome"));
    JsonObject condition = outcomes(awaitProcessed(api, below), automation).get(0);
    assertEquals("CONDITION_FALSE", condition.getString("outcome"));
    assertTrue(condition.getString("detail").contains("bill.total_amount_to_be_paid"));
    JsonObject none = outcomes(awaitProcessed(api, noAddress), automation).get(0);
    assertEquals("NO_ADDRESS", none.getString("outcome"));
    assertEquals("EMAIL", none.getString("medium"));
    assertEquals(
        "NOT_IN_SEGMENT",
        outcomes(awaitProcessed(api, notMember), automation).get(0).getString("outcome"));
    assertEquals(1, communicationsOf(moreThan));
  }

  @Test
  void presentmentPreferencesAndASpecificMediaTypeChooseTheAddress() {
    String work = uniqueAddress();
    String contact = aContact().email("WORK", work, false).create(api);
    String presentment = uniqueAddress();
    String account =
        an("accounts_receivable", "AR")
            .with("name", "ZX")
            .with("presentment_email", presentment)
            .put(api);
    String segment = segmentOf(contact);
    String toWork = automation(segment, Map.of("sendTo", "WORK"));
    String toPresentment = automation(segment, Map.of("considerPresentmentPreferences", true));

    String event =
        anEvent("bill.issued", "BL" + UUID.randomUUID().toString().substring(0, 8), contact)
            .values(Map.of("accounts_receivable", account))
            .post(api);

    JsonObject processed = awaitProcessed(api, event);
    assertEquals(work, outcomes(processed, toWork).get(0).getString("address"));
    assertEquals(presentment, outcomes(processed, toPresentment).get(0).getString("address"));
    MAIL.awaitReceived(work, 1);
    MAIL.awaitReceived(presentment, 1);
    assertEquals(0, MAIL.receivedBy(primaryEmail(api, contact)).size());
  }

  private String billEvent(String contact, String amount) {
    return anEvent("bill.issued", "BL" + UUID.randomUUID().toString().substring(0, 8), contact)
        .values(Map.of("total_amount_to_be_paid", amount))
        .post(api);
  }

  /** A static segment of these contacts, to keep a test's automations to its own contacts. */
  private String segmentOf(String... contacts) {
    String code = "S_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    ApiResponse created =
        api.post("/segments", Map.of("code", code, "name", "Test contacts", "kind", "STATIC"));
    assertEquals(201, created.status(), created::toString);
    ApiResponse added =
        api.post("/segments/" + code + "/members", Map.of("contacts", List.of(contacts)));
    assertEquals(200, added.status(), added::toString);
    return code;
  }

  private String automation(String segment, Map<String, Object> more) {
    String template =
        anEmailTemplate()
            .referringTo("bill")
            .in("en", "Your bill", "Bill #bill.number")
            .create(api);
    String code = "E_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> body = new HashMap<>(more);
    body.put("code", code);
    body.put("name", "Bill issued");
    body.put("eventType", "bill.issued");
    body.put("emailTemplate", template);
    body.put("classification", "FINANCIAL");
    body.put("segments", List.of(segment));
    ApiResponse created = api.post("/automations", body);
    assertEquals(201, created.status(), created::toString);
    return code;
  }

  private static List<JsonObject> outcomes(JsonObject event, String automation) {
    return event.getJsonArray("outcomes").getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("automation").equals(automation))
        .toList();
  }

  private int communicationsOf(String contact) {
    return api.get("/communications?contact=" + contact).json().getInt("totalItems");
  }
}
