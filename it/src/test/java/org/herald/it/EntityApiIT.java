package org.herald.it;

import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestEntities.an;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestEntities;
import org.junit.jupiter.api.Test;

/** The CRM syncs its referring entities: upsert, read, delete, and every refusal. */
class EntityApiIT {

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void anAccountIsStoredAndReadBackInItsJsonForm() {
    TestEntities account =
        an("accounts_receivable", "AR")
            .with("name", "Maria Georgiou")
            .with("balance", "1234.5")
            .with("outstanding_amount", 350)
            .with("due_date", "2026-11-01")
            .with("wallet", "WL000001");

    ApiResponse created = api.put(account.path(), account.build());

    assertEquals(201, created.status(), created::toString);
    JsonObject read = api.get(account.path()).json();
    assertEquals("accounts_receivable", read.getString("type"));
    assertEquals(account.number(), read.getString("number"));
    JsonObject values = read.getJsonObject("values");
    assertEquals("1234.50", values.getJsonNumber("balance").toString());
    assertEquals("350.00", values.getJsonNumber("outstanding_amount").toString());
    assertEquals("2026-11-01", values.getString("due_date"));
    assertEquals("WL000001", values.getString("wallet"));
    assertTrue(read.getString("updatedAt").endsWith("Z"), read::toString);
  }

  @Test
  void aSecondPutReplacesTheWholeRecord() {
    TestEntities bill =
        an("bill", "BL").with("total_amount_to_be_paid", 10).with("due_date", "2026-01-31");
    bill.put(api);

    ApiResponse replaced =
        api.put(bill.path(), Map.of("values", Map.of("total_amount_to_be_paid", 20.5)));

    assertEquals(200, replaced.status(), replaced::toString);
    JsonObject values = api.get(bill.path()).json().getJsonObject("values");
    assertEquals("20.50", values.getJsonNumber("total_amount_to_be_paid").toString());
    assertTrue(!values.containsKey("due_date"), values::toString);
  }

  @Test
  void deleteRemovesTheRecordAndASecondDeleteIsNotFound() {
    TestEntities wallet = an("wallet", "WL").with("balance", 5);
    wallet.put(api);

    assertEquals(204, api.delete(wallet.path()).status());
    assertEquals(404, api.get(wallet.path()).status());
    assertEquals(404, api.delete(wallet.path()).status());
  }

  @Test
  void anUnknownTypeIsNotFoundAndNamed() {
    ApiResponse response = api.put("/entities/invoice/IN1", Map.of("values", Map.of()));

    assertEquals(404, response.status(), response::toString);
    assertEquals("application/problem+json", response.contentType());
    assertTrue(response.json().getString("detail").contains("invoice"), response::toString);
    assertEquals(404, api.get("/entities/invoice/IN1").status());
  }

  @Test
  void unknownFieldsAndValuesOfTheWrongKindAreAllNamedAndNothingIsStored() {
    TestEntities payment = an("payment", "PM");
    ApiResponse response =
        api.put(
            payment.path(),
            Map.of(
                "values",
                Map.of("amount", "12.345", "colour", "red", "accounts_receivable", List.of())));

    assertEquals(422, response.status(), response::toString);
    assertEquals(
        List.of("values.accounts_receivable", "values.amount", "values.colour"),
        response.errorFields().stream().sorted().toList());
    assertEquals(404, api.get(payment.path()).status());
  }

  @Test
  void aBodyWithoutValuesIsRefused() {
    ApiResponse response = api.put(an("wallet", "WL").path(), Map.of());

    assertEquals(422, response.status(), response::toString);
    assertEquals(List.of("values"), response.errorFields());
  }

  @Test
  void contactInformationIsTheContactReadHereAndChangedOnlyThroughContacts() {
    String number =
        aContact().named("Eleni Nikolaou").speaking("el").optedIn(true, false).create(api);
    String path = "/entities/contact_information/" + number;

    ApiResponse read = api.get(path);

    assertEquals(200, read.status(), read::toString);
    JsonObject values = read.json().getJsonObject("values");
    assertEquals("Eleni Nikolaou", values.getString("name"));
    assertEquals("el", values.getString("preferred_language"));
    assertTrue(values.getString("email").endsWith("@herald.test"));
    assertTrue(values.getBoolean("opt_in_direct_marketing"));
    ApiResponse put = api.put(path, Map.of("values", Map.of("name", "X")));
    assertEquals(405, put.status(), put::toString);
    assertTrue(put.json().getString("detail").contains("/contacts"), put::toString);
    assertEquals(405, api.delete(path).status());
    assertEquals("Eleni Nikolaou", api.get("/contacts/" + number).json().getString("name"));
    assertEquals(404, api.get("/entities/contact_information/CT999999").status());
  }
}
