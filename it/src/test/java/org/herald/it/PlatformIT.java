package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestCommunications;
import org.junit.jupiter.api.Test;

/** What operations and admins see: health, the OpenAPI document, the portal's pages. */
class PlatformIT {

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void healthIsUpWithThePostgresqlDatabaseReady() {
    JsonObject health = api.page("/health").json();
    assertEquals("UP", health.getString("status"));
    JsonObject database =
        health.getJsonArray("checks").stream()
            .map(JsonObject.class::cast)
            .filter(c -> c.getString("name").equals("database"))
            .findFirst()
            .orElseThrow();
    assertEquals("UP", database.getString("status"));
    assertEquals("PostgreSQL", database.getJsonObject("data").getString("product"));
    assertEquals("UP", api.page("/health/ready").json().getString("status"));
    assertEquals("UP", api.page("/health/live").json().getString("status"));
  }

  @Test
  void theOpenApiDocumentDescribesTheApiAndItsContract() {
    ApiResponse openapi = api.page("/openapi");
    assertEquals(200, openapi.status());
    String document = openapi.body();
    for (String expected :
        new String[] {
          "/api/v1/contacts:",
          "/api/v1/contacts/{number}:",
          "/api/v1/communications:",
          "/api/v1/communications/{number}:",
          "NewCommunication:",
          "/api/v1/entities/{type}/{number}:",
          "/api/v1/tags:",
          "/api/v1/templates:",
          "/api/v1/templates/{code}:",
          "/api/v1/templates/{code}/preview:",
          "/api/v1/templates/{code}/test-send:",
          "/api/v1/settings/dynamic-links:",
          "/api/v1/public/links/{token}:",
          "/api/v1/categories:",
          "/api/v1/categories/{code}:",
          "/api/v1/settings/general:",
          "/api/v1/settings/tracking:",
          "/api/v1/communications/{number}/tracking:",
          "/api/v1/public/tracking/click/{token}:",
          "/api/v1/external-systems:",
          "/api/v1/external-systems/{code}/api-key:",
          "/api/v1/queue/entries:",
          "/api/v1/queue/entries/{communication}/state:",
          "/api/v1/queue/entries/state:",
          "ExternalQueuePage:",
          "QueueStateBatch:",
          "QueueStateBatchResult:",
          "Template:",
          "Entity:",
          "GeneralSettings:",
          "TrackingSettings:",
          "TrackingDetails:",
          "DynamicLinkSettings:",
          "TestSendRequest:",
          "ExternalQueueEntry:",
          "externalSystemKey:",
          "example: CM000001",
          "Problem:",
          "scheme: bearer"
        }) {
      assertTrue(document.contains(expected), "OpenAPI has " + expected);
    }
  }

  @Test
  void thePortalListsCommunicationsFromTheDatabaseAndShowsOne() {
    String contact = aContact().named("Portal Person").create(api);
    String number =
        api.post(
                "/communications",
                anEmailTo(contact).subject("Seen in the portal").asDraft().build())
            .json()
            .getString("number");
    HeraldClient portal = HeraldClient.portalAdmin();

    ApiResponse list = portal.page("/herald/communications.xhtml?dummy=" + number);
    assertEquals(200, list.status());
    assertTrue(list.body().contains("ui-datatable"), "a PrimeFaces data table");
    assertTrue(list.body().contains(number), "newest first: " + number + " on the first page");
    assertTrue(list.body().contains("Portal Person"));

    String incoming =
        api.post("/communications", anEmailTo(contact).incoming().subject("A question").build())
            .json()
            .getString("number");
    String answer =
        api.post(
                "/communications",
                TestCommunications.aFollowUpOf(incoming)
                    .medium("PHONE")
                    .subject("Answered")
                    .build())
            .json()
            .getString("number");
    String chain = portal.page("/herald/communication.xhtml?number=" + incoming).body();
    assertTrue(chain.contains("number=" + answer + "\""), "the follow-up is linked: " + answer);
    assertTrue(
        portal
            .page("/herald/communication.xhtml?number=" + answer)
            .body()
            .contains("number=" + incoming + "\""),
        "and links back");

    ApiResponse detail = portal.page("/herald/communication.xhtml?number=" + number);
    assertEquals(200, detail.status());
    assertTrue(detail.body().contains("Seen in the portal"));
    assertTrue(detail.body().contains("DRAFT"));
    assertTrue(detail.body().contains(contact + " · Portal Person"));
  }
}
