package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestCommunications.fromTemplate;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestContacts.primaryEmail;
import static org.herald.it.support.TestEntities.an;
import static org.herald.it.support.TestEvents.anEvent;
import static org.herald.it.support.TestEvents.awaitProcessed;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.herald.api.category.CategoryDto;
import org.herald.api.externalsystem.ExternalSystemDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.PullingSystem;
import org.junit.jupiter.api.Test;

/**
 * What an integrator tripped over, each fixed and checked through HTTP: the 422 status line, lists
 * that page, completing a draft in one call, deletions that would orphan communications refused, a
 * medium only an external system delivers refused without one, and a contact patched.
 */
class IntegratorFixesIT {

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void a422SaysUnprocessableContentOnItsStatusLine() throws IOException {
    String body = "{\"name\":\"\"}";
    try (Socket socket = new Socket("localhost", Integer.parseInt(HeraldClient.PORT))) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /herald/api/v1/contacts HTTP/1.1\r\nHost: localhost\r\n"
                  + "Authorization: Bearer "
                  + HeraldClient.API_KEY
                  + "\r\n"
                  + "Content-Type: application/json\r\nConnection: close\r\n"
                  + "Content-Length: "
                  + body.length()
                  + "\r\n\r\n"
                  + body)
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      assertEquals("HTTP/1.1 422 Unprocessable Content", statusLine);
    }
  }

  @Test
  void categoriesAndExternalSystemsPageLikeEveryList() {
    String prefix = "PG" + Long.toString(System.nanoTime(), 36).toUpperCase();
    for (int i = 0; i < 3; i++) {
      assertEquals(
          201,
          api.post("/categories", new CategoryDto(prefix + i, prefix + " " + i, null)).status());
      assertEquals(
          201,
          api.post(
                  "/external-systems",
                  new ExternalSystemDto(
                      prefix + i,
                      "System " + i,
                      null,
                      List.of("PUSH"),
                      null,
                      null,
                      null,
                      null,
                      null))
              .status());
    }
    for (String list : List.of("/categories", "/external-systems")) {
      JsonObject page = api.get(list + "?page=1&size=2&sort=code,desc").json();
      assertEquals(1, page.getInt("page"), list);
      assertEquals(2, page.getInt("size"), list);
      assertTrue(page.getJsonNumber("totalItems").longValue() >= 3, list + " " + page);
      assertEquals(2, page.getJsonArray("items").size(), list + " " + page);
      assertEquals(422, api.get(list + "?size=201").status(), list + ": over the maximum size");
      assertEquals(422, api.get(list + "?sort=nope").status(), list + ": an unknown sort");
    }
  }

  @Test
  void aDraftIsCompletedWithoutItsBodyAgain() {
    String contact = aContact().create(api);
    String draft =
        api.post("/communications", anEmailTo(contact).subject("Later").asDraft().build())
            .json()
            .getString("number");
    assertEquals("DRAFT", api.get("/communications/" + draft).json().getString("status"));
    assertTrue(
        !api.get("/communications/" + draft).json().containsKey("deliveryState"),
        "a draft delivers nothing");

    ApiResponse completed = api.post("/communications/" + draft + "/complete", "");
    assertEquals(200, completed.status(), completed::toString);
    assertEquals("COMPLETED", completed.json().getString("status"));
    assertEquals("Later", completed.json().getString("subject"), "its content as saved");
    assertEquals("PENDING", completed.json().getJsonObject("queue").getString("state"), "queued");

    ApiResponse again = api.post("/communications/" + draft + "/complete", "");
    assertEquals(409, again.status(), again::toString);
    assertEquals(404, api.post("/communications/CM_NO_SUCH/complete", "").status());
  }

  @Test
  void theListFiltersByDeliveryState() {
    String contact = aContact().create(api);
    PullingSystem system = PullingSystem.register(api, "PUSH");
    String pending = aPush(contact, system.code());
    String rejected = aPush(contact, system.code());
    api.post("/communications", anEmailTo(contact).subject("Draft").asDraft().build());
    system.reject(rejected, "NO_DEVICE", "No device");

    assertEquals(List.of(pending), numbers("?contact=" + contact + "&deliveryState=PENDING"));
    assertEquals(List.of(rejected), numbers("?contact=" + contact + "&deliveryState=REJECTED"));
    assertEquals(3, numbers("?contact=" + contact).size(), "the draft is listed without a filter");
    assertEquals(
        "COMPLETED",
        api.get("/communications/" + rejected).json().getString("status"),
        "written and handed over; its delivery was refused");
    assertEquals(422, api.get("/communications?deliveryState=LOST").status());
  }

  private String aPush(String contact, String system) {
    return api.post(
            "/communications",
            anEmailTo(contact)
                .medium("PUSH")
                .processedBy(system)
                .subject("Hi")
                .content("Open the app")
                .build())
        .json()
        .getString("number");
  }

  private List<String> numbers(String query) {
    return api.get("/communications" + query).json().getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getString("number"))
        .toList();
  }

  @Test
  void whatCommunicationsReferToCannotBeDeleted() {
    String contact = aContact().create(api);
    String template =
        anEmailTemplate()
            .referringTo("payment")
            .in("en", "Paid", "We got #payment.amount")
            .create(api);
    String payment = an("payment", "PM").with("amount", "12.50").put(api);
    String made =
        api.post(
                "/communications",
                fromTemplate(template, contact).referringToEntity("payment", payment).build())
            .json()
            .getString("number");

    ApiResponse templateKept = api.delete("/templates/" + template);
    assertEquals(409, templateKept.status(), templateKept::toString);
    assertTrue(templateKept.json().getString("detail").contains(made), templateKept::toString);
    assertEquals(200, api.get("/templates/" + template).status(), "still there");

    ApiResponse entityKept = api.delete("/entities/payment/" + payment);
    assertEquals(409, entityKept.status(), entityKept::toString);
    assertTrue(entityKept.json().getString("detail").contains(made), entityKept::toString);
    assertEquals(200, api.get("/entities/payment/" + payment).status(), "still there");

    String unused = anEmailTemplate().in("en", "Hi", "Hello").create(api);
    assertEquals(204, api.delete("/templates/" + unused).status(), "nothing refers to it");
  }

  @Test
  void aContactIsChangedPartlyWithAMergePatch() {
    String contact = aContact().create(api);
    JsonObject before = api.get("/contacts/" + contact).json();

    ApiResponse renamed = api.mergePatch("/contacts/" + contact, "{\"name\":\"Maria Patched\"}");
    assertEquals(200, renamed.status(), renamed::toString);
    JsonObject after = renamed.json();
    assertEquals("Maria Patched", after.getString("name"));
    assertEquals(before.getJsonArray("emails"), after.getJsonArray("emails"), "the rest kept");
    assertEquals(before.getString("preferredLanguage"), after.getString("preferredLanguage"));

    ApiResponse invalid =
        api.mergePatch("/contacts/" + contact, "{\"emails\":[{\"type\":\"NOPE\"}]}");
    assertEquals(422, invalid.status(), invalid::toString);
    assertTrue(
        invalid.errorFields().stream().anyMatch(f -> f.startsWith("emails[0]")), invalid::toString);
    assertEquals(
        400, api.mergePatch("/contacts/" + contact, "{\"nme\":\"x\"}").status(), "unknown member");
    assertEquals(400, api.mergePatch("/contacts/" + contact, "[1]").status(), "not an object");
    assertEquals(
        "Maria Patched",
        api.get("/contacts/" + contact).json().getString("name"),
        "nothing half-stored");
    assertEquals(404, api.mergePatch("/contacts/CT_NO_SUCH", "{\"name\":\"x\"}").status());
  }

  @Test
  void anErasedContactLeavesItsCommunicationsAnonymised() {
    String contact = aContact().create(api);
    String number =
        api.post(
                "/communications",
                anEmailTo(contact)
                    .subject("Your plans")
                    .content("Dear Maria, about your plans")
                    .build())
            .json()
            .getString("number");

    assertEquals(204, api.delete("/contacts/" + contact).status());

    JsonObject erased = api.get("/contacts/" + contact).json();
    assertEquals("Erased contact", erased.getString("name"));
    assertTrue(
        !erased.containsKey("emails") || erased.getJsonArray("emails").isEmpty(), erased::toString);
    JsonObject communication = api.get("/communications/" + number).json();
    assertEquals("[erased]", communication.getString("content"));
    assertEquals("[erased]", communication.getString("subject"));
    assertTrue(!communication.containsKey("recipient"), communication::toString);
    assertEquals(
        0,
        Database.count(
            "SELECT COUNT(*) FROM queue_entry WHERE communication_number = ? AND content <> '[erased]'",
            number),
        "the queue's copy too");
    assertEquals(
        1,
        api.get("/communications?contact=" + contact)
            .json()
            .getJsonNumber("totalItems")
            .longValue(),
        "the record stays, for the counts");
    assertEquals(
        1,
        Database.count(
            "SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'contact' AND subject_key = ?"
                + " AND action = 'erased'",
            contact));
    assertEquals(404, api.delete("/contacts/CT_NO_SUCH").status());
  }

  @Test
  void erasureTakesThePeersWordsAboutTheContactToo() {
    String contact = aContact().create(api);
    String address = primaryEmail(api, contact);
    PullingSystem system = PullingSystem.register(api, "PUSH");
    String number = aPush(contact, system.code());
    system.reject(number, "NO_DEVICE", "No device registered for " + address);

    assertEquals(204, api.delete("/contacts/" + contact).status());

    JsonObject queue = api.get("/communications/" + number).json().getJsonObject("queue");
    assertEquals("NO_DEVICE", queue.getString("errorCode"), "the code stays, for the counts");
    assertEquals("[erased]", queue.getString("errorReason"));
    assertEquals(
        0,
        Database.count(
            "SELECT COUNT(*) FROM queue_attempt a JOIN queue_entry e ON e.id = a.queue_entry_id"
                + " WHERE e.communication_number = ? AND a.peer_reply IS NOT NULL",
            number),
        "no peer reply kept");
  }

  @Test
  void erasureTakesTheAddressesTheContactsEventsWentTo() {
    String contact = aContact().create(api);
    String address = primaryEmail(api, contact);
    String unique = Long.toString(System.nanoTime(), 36).toUpperCase();
    assertEquals(
        201,
        api.post("/segments", Map.of("code", "ER_" + unique, "name", "Erasure", "kind", "STATIC"))
            .status());
    assertEquals(
        200,
        api.post("/segments/ER_" + unique + "/members", Map.of("contacts", List.of(contact)))
            .status());
    String template =
        anEmailTemplate()
            .referringTo("bill")
            .in("en", "Your bill", "Bill #bill.number")
            .create(api);
    ApiResponse automation =
        api.post(
            "/automations",
            Map.of(
                "code",
                "ER_" + unique,
                "name",
                "Bill issued",
                "eventType",
                "bill.issued",
                "emailTemplate",
                template,
                "classification",
                "FINANCIAL",
                "segments",
                List.of("ER_" + unique)));
    assertEquals(201, automation.status(), automation::toString);
    String event =
        anEvent("bill.issued", "BL" + unique, contact)
            .values(Map.of("total_amount_to_be_paid", "10.00"))
            .post(api);
    assertTrue(awaitProcessed(api, event).toString().contains(address), "sent to the address");

    assertEquals(204, api.delete("/contacts/" + contact).status());

    String after = api.get("/events/" + event).body();
    assertTrue(!after.contains(address), after);
    assertTrue(after.contains("[erased 1]"), after);
  }

  @Test
  void aPushNoExternalSystemDeliversIsRefused() {
    String contact = aContact().create(api);
    ApiResponse refused =
        api.post(
            "/communications",
            anEmailTo(contact).medium("PUSH").subject("Hi").content("Open the app").build());
    assertEquals(422, refused.status(), refused::toString);
    assertEquals("NO_PROCESSOR", refused.errorCode("processedBy"), refused::toString);
    assertEquals(
        0,
        api.get("/communications?contact=" + contact)
            .json()
            .getJsonNumber("totalItems")
            .longValue(),
        "nothing stored");
  }
}
