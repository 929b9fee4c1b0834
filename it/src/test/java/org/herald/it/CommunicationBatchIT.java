package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.herald.api.communication.CommunicationBatchDto;
import org.herald.api.communication.CommunicationBatchItemDto;
import org.herald.api.communication.NewCommunicationDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestContacts;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A CRM's bulk send: many communications in one request and one transaction, each answered on its
 * own; a refused one stores nothing and leaves the others alone.
 */
class CommunicationBatchIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void eachItemIsAnsweredOnItsOwnAndOnlyTheValidOnesAreStoredAndSent() throws Exception {
    String contact = aContact().optedIn(false, false).create(api);
    String address = TestContacts.primaryEmail(api, contact);
    String key = "batch-" + contact;

    CommunicationBatchDto batch =
        batch(
            item(key + "-1", anEmailTo(contact).subject("Your bill").build()),
            item(key + "-2", anEmailTo("CT999999").build()),
            item(
                key + "-3",
                anEmailTo(contact).classification("DIRECT_MARKETING").subject("Offer").build()),
            item(key + "-4", anEmailTo(contact).subject("A draft").asDraft().build()));
    JsonArray items = post(batch);

    assertEquals(List.of(201, 422, 422, 201), statuses(items));
    assertEquals(
        "items[1].communication.contact", firstError(items.getJsonObject(1)).getString("field"));
    JsonObject optedOut = firstError(items.getJsonObject(2));
    assertEquals("items[2].communication.classification", optedOut.getString("field"));
    assertEquals("OPTED_OUT", optedOut.getString("code"));
    assertEquals(
        2,
        Database.count(
            "SELECT COUNT(*) FROM communication c JOIN contact t ON t.id = c.contact_id"
                + " WHERE t.number = ?",
            contact),
        "the bill and the draft, nothing of the refused ones");
    assertEquals("Your bill", MAIL.awaitReceived(address, 1).get(0).getSubject());

    // The same batch again: what was made is answered, nothing is made or sent twice.
    JsonArray again = post(batch);
    assertEquals(List.of(200, 422, 422, 200), statuses(again));
    assertEquals(
        items.getJsonObject(0).getString("number"), again.getJsonObject(0).getString("number"));
    assertEquals(
        2,
        Database.count(
            "SELECT COUNT(*) FROM communication c JOIN contact t ON t.id = c.contact_id"
                + " WHERE t.number = ?",
            contact));
  }

  @Test
  void aKeyUsedTwiceInOneBatchIsNamedAndANullItemRefusesTheBatch() {
    String contact = aContact().create(api);
    String key = "twice-" + contact;

    List<CommunicationBatchItemDto> items = new ArrayList<>();
    items.add(item(key, anEmailTo(contact).build()));
    items.add(item(key, anEmailTo(contact).subject("Other").build()));
    items.add(item(null, null));
    JsonArray answers = post(new CommunicationBatchDto(items));

    assertEquals(List.of(201, 422, 422), statuses(answers));
    assertEquals(
        "items[1].idempotencyKey", firstError(answers.getJsonObject(1)).getString("field"));
    assertEquals("items[2].communication", firstError(answers.getJsonObject(2)).getString("field"));

    // A null item is a malformed document, not an item: the whole batch is refused, as the
    // strict reader refuses every null list item, and nothing of it is made.
    items.set(2, null);
    items.set(0, item("null-" + contact, anEmailTo(contact).build()));
    ApiResponse refused = api.post("/communications/batch", new CommunicationBatchDto(items));
    assertEquals(422, refused.status(), refused::toString);
    assertEquals(List.of("items[2]"), refused.errorFields());
    assertEquals(
        1,
        Database.count(
            "SELECT COUNT(*) FROM communication c JOIN contact t ON t.id = c.contact_id"
                + " WHERE t.number = ?",
            contact));
  }

  @Test
  void aBatchHoldsOneToFiveHundredItems() {
    String contact = aContact().create(api);
    for (List<CommunicationBatchItemDto> items :
        List.of(
            List.<CommunicationBatchItemDto>of(),
            Collections.nCopies(501, item(null, anEmailTo(contact).asDraft().build())))) {
      ApiResponse refused = api.post("/communications/batch", new CommunicationBatchDto(items));
      assertEquals(422, refused.status(), refused::toString);
      assertEquals(List.of("items"), refused.errorFields());
    }
    ApiResponse noBody = api.post("/communications/batch", Map.of());
    assertEquals(422, noBody.status(), noBody::toString);
  }

  private JsonArray post(CommunicationBatchDto batch) {
    ApiResponse answer = api.post("/communications/batch", batch);
    assertEquals(200, answer.status(), answer::toString);
    return answer.json().getJsonArray("items");
  }

  private static CommunicationBatchDto batch(CommunicationBatchItemDto... items) {
    return new CommunicationBatchDto(List.of(items));
  }

  private static CommunicationBatchItemDto item(String key, NewCommunicationDto communication) {
    return new CommunicationBatchItemDto(key, communication);
  }

  private static List<Integer> statuses(JsonArray items) {
    return items.stream().map(JsonObject.class::cast).map(i -> i.getInt("status")).toList();
  }

  private static JsonObject firstError(JsonObject item) {
    return item.getJsonArray("errors").getJsonObject(0);
  }
}
