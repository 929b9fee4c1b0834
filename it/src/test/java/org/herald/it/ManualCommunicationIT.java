package org.herald.it;

import static org.herald.it.support.TestCommunications.aFollowUpOf;
import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.herald.api.category.CategoryDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.junit.jupiter.api.Test;

/** A user's manual communications: drafts edited then completed, follow-up chains, categories. */
class ManualCommunicationIT {

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void aDraftIsEditedThenCompletedAndOnlyThenQueued() {
    String contact = aContact().create(api);
    String number =
        api.post("/communications", anEmailTo(contact).subject("First try").asDraft().build())
            .json()
            .getString("number");

    JsonObject edited =
        api.put(
                "/communications/" + number,
                anEmailTo(contact).subject("Second try").asDraft().build())
            .json();
    assertEquals("Second try", edited.getString("subject"));
    assertEquals("DRAFT", edited.getString("status"));
    assertFalse(edited.containsKey("queue"));

    JsonObject completed =
        api.put("/communications/" + number, anEmailTo(contact).subject("Final").build()).json();
    assertEquals("COMPLETED", completed.getString("status"));
    assertEquals("Final", completed.getString("subject"));
    assertTrue(completed.containsKey("queue"), "completing an outgoing email queues it");
  }

  @Test
  void aCompletedCommunicationCannotBeEdited() {
    String contact = aContact().create(api);
    String number =
        api.post("/communications", anEmailTo(contact).incoming().build())
            .json()
            .getString("number");

    ApiResponse refused =
        api.put("/communications/" + number, anEmailTo(contact).subject("Changed").build());

    assertEquals(409, refused.status(), refused::toString);
    assertEquals("urn:herald:problem:illegal-transition", refused.json().getString("type"));
    assertEquals("A subject", api.get("/communications/" + number).json().getString("subject"));
  }

  @Test
  void followUpsFormAChainNavigableBothWays() {
    String contact = aContact().create(api);
    String first =
        api.post("/communications", anEmailTo(contact).incoming().subject("Router broken").build())
            .json()
            .getString("number");

    JsonObject second =
        api.post(
                "/communications",
                aFollowUpOf(first)
                    .medium("PHONE")
                    .subject("Called back")
                    .content("Reset it")
                    .build())
            .json();
    String third =
        api.post(
                "/communications",
                aFollowUpOf(second.getString("number")).medium("PHONE").subject("Fixed").build())
            .json()
            .getString("number");

    assertEquals(first, second.getString("referringTo"));
    assertEquals(contact, second.getString("contact"), "a follow-up inherits the contact");
    JsonObject head = api.get("/communications/" + first).json();
    assertEquals(1, head.getJsonArray("followUps").size());
    assertEquals(second.getString("number"), head.getJsonArray("followUps").getString(0));
    JsonObject middle = api.get("/communications/" + second.getString("number")).json();
    assertEquals(first, middle.getString("referringTo"));
    assertEquals(third, middle.getJsonArray("followUps").getString(0));
  }

  @Test
  void onlyCompletedCommunicationsCanBeFollowedUp() {
    String contact = aContact().create(api);
    String draft =
        api.post("/communications", anEmailTo(contact).asDraft().build())
            .json()
            .getString("number");

    ApiResponse refused = api.post("/communications", aFollowUpOf(draft).medium("PHONE").build());
    ApiResponse unknown =
        api.post("/communications", aFollowUpOf("CM999999").medium("PHONE").build());

    assertEquals(422, refused.status(), refused::toString);
    assertEquals(List.of("referringTo"), refused.errorFields());
    assertEquals(422, unknown.status(), unknown::toString);
    assertTrue(unknown.errorFields().contains("referringTo"));
  }

  @Test
  void aCommunicationRefersToEntitiesTheCrmSynced() {
    String contact = aContact().create(api);
    String payment = "PM" + System.nanoTime();
    assertEquals(
        201,
        api.put(
                "/entities/payment/" + payment,
                "{\"values\": {\"number\": \"" + payment + "\", \"amount\": 50.00}}")
            .status());

    JsonObject created =
        api.post(
                "/communications",
                anEmailTo(contact).referringToEntity("payment", payment).asDraft().build())
            .json();
    JsonObject read = api.get("/communications/" + created.getString("number")).json();
    assertEquals(
        "payment", read.getJsonArray("referringEntities").getJsonObject(0).getString("type"));
    assertEquals(
        payment, read.getJsonArray("referringEntities").getJsonObject(0).getString("number"));

    ApiResponse unknown =
        api.post(
            "/communications",
            anEmailTo(contact)
                .referringToEntity("payment", "PM-NONE")
                .referringToEntity("spaceship", "X1")
                .build());
    assertEquals(422, unknown.status(), unknown::toString);
    assertEquals(
        List.of("referringEntities[0].number", "referringEntities[1].type"), unknown.errorFields());
  }

  @Test
  void categoriesAreKeptAndAnUsedOneCannotBeDeleted() {
    String code = "IT_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    ApiResponse created =
        api.post("/categories", new CategoryDto(code, "Loyalty", "Rewards questions"));
    assertEquals(201, created.status(), created::toString);
    ApiResponse duplicate = api.post("/categories", new CategoryDto(code, "Again", null));
    assertEquals(422, duplicate.status(), duplicate::toString);
    assertEquals(List.of("code"), duplicate.errorFields());
    assertEquals(
        List.of("code"),
        api.post("/categories", new CategoryDto("lower case", "x", null)).errorFields());

    assertEquals(
        "Loyalty and rewards",
        api.put("/categories/" + code, new CategoryDto(code, "Loyalty and rewards", null))
            .json()
            .getString("name"));
    assertTrue(
        api.get("/categories?size=200").body().contains("\"code\":\"" + code + "\""), "listed");

    String contact = aContact().create(api);
    api.post("/communications", anEmailTo(contact).category(code).asDraft().build());
    assertEquals(409, api.delete("/categories/" + code).status(), "in use");

    String unused = code + "_X";
    api.post("/categories", new CategoryDto(unused, "Unused", null));
    assertEquals(204, api.delete("/categories/" + unused).status());
    assertEquals(404, api.get("/categories/" + unused).status());
  }
}
