package org.herald.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.api.problem.FieldError;
import org.herald.error.InvalidInputException;
import org.herald.error.Violations;
import org.junit.jupiter.api.Test;

/** The CRM syncs a record's values as JSON; each is checked against its field's kind. */
class EntityTypeTest {

  private final EntityModel model = EntityModel.crm();
  private final EntityType account = model.type("accounts_receivable").orElseThrow();
  private final EntityType subscription = model.type("subscription").orElseThrow();

  @Test
  void validValuesAreStoredAsTheirKindsJavaTypes() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", "Maria Georgiou");
    values.put("balance", new BigDecimal("1234.5"));
    values.put("outstanding_amount", "350");
    values.put("due_date", "2026-11-01");
    values.put("currency", "EUR");
    values.put("wallet", "WL000001");
    values.put("presentment_email", null);

    Map<String, Object> stored = account.parse(values);

    assertEquals(
        Map.of(
            "name",
            "Maria Georgiou",
            "balance",
            new BigDecimal("1234.50"),
            "outstanding_amount",
            new BigDecimal("350.00"),
            "due_date",
            LocalDate.of(2026, 11, 1),
            "currency",
            "EUR",
            "wallet",
            "WL000001"),
        stored);
  }

  @Test
  void amountsMayComeAsJsonNumbersOrText() {
    assertEquals(new BigDecimal("10.00"), account.parse(Map.of("balance", 10)).get("balance"));
    assertEquals(new BigDecimal("0.10"), account.parse(Map.of("balance", 0.1)).get("balance"));
    assertEquals(
        new BigDecimal("-3.50"), account.parse(Map.of("balance", " -3.5 ")).get("balance"));
    assertEquals(new BigDecimal("2.50"), account.parse(Map.of("balance", "2.500")).get("balance"));
  }

  @Test
  void everyWrongValueIsReportedAtOnceNamingItsField() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("balance", "abc");
    values.put("due_date", "2026-13-01");
    values.put("colour", "blue");
    values.put("outstanding_amount", "1.005");
    values.put("name", 42);
    values.put("wallet", " ");

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> account.parse(values));

    assertEquals(
        List.of(
            new FieldError("balance", "INVALID_AMOUNT", "'abc' is not an amount"),
            new FieldError("due_date", "INVALID_DATE", "'2026-13-01' is not a date (yyyy-mm-dd)"),
            new FieldError("colour", "UNKNOWN_FIELD", "is not a field of accounts_receivable"),
            new FieldError(
                "outstanding_amount", "INVALID_AMOUNT", "'1.005' has more than 2 decimals"),
            new FieldError("name", "INVALID_TEXT", "must be text, not 42"),
            new FieldError("wallet", "INVALID_REFERENCE", "' ' is not a record number")),
        e.errors());
  }

  @Test
  void datesHaveFourDigitYears() {
    for (String date : List.of("-999999-01-01", "+999999-01-01", "0000-01-01")) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> account.parse(Map.of("due_date", date)));
      assertEquals("INVALID_DATE", e.errors().get(0).code(), date);
    }
    assertEquals(
        java.time.LocalDate.of(9999, 12, 31),
        account.parse(Map.of("due_date", "9999-12-31")).get("due_date"));
  }

  @Test
  void collectionsAreListsOfTextAndAWrongItemIsNamedByItsIndex() {
    assertEquals(
        List.of("Fibre", "TV"),
        subscription.parse(Map.of("services", List.of("Fibre", "TV"))).get("services"));

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                subscription.parse(
                    Map.of("services", List.of("Fibre", 7), "installed_items", "Router")));

    assertEquals(
        List.of("installed_items INVALID_COLLECTION", "services[1] INVALID_TEXT"),
        e.errors().stream().map(error -> error.field() + " " + error.code()).sorted().toList());
  }

  @Test
  void booleansAreTrueOrFalse() {
    EntityType contact = model.type("contact_information").orElseThrow();
    assertEquals(
        Map.of("opt_in_direct_marketing", true, "opt_in_affiliate_marketing", false),
        contact.parse(
            Map.of("opt_in_direct_marketing", true, "opt_in_affiliate_marketing", "false")));

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> contact.parse(Map.of("opt_in_direct_marketing", "yes")));
    assertEquals(
        List.of(
            new FieldError(
                "opt_in_direct_marketing", "INVALID_BOOLEAN", "'yes' is not true or false")),
        e.errors());
  }

  @Test
  void valuesCheckedWithinALargerRequestAreNamedByTheirPath() {
    Violations violations = new Violations();
    EntityType wallet = model.type("wallet").orElseThrow();

    wallet.parse(Map.of("balance", "lots"), "values.", violations);

    InvalidInputException e = assertThrows(InvalidInputException.class, violations::throwIfAny);
    assertEquals("values.balance", e.errors().get(0).field());
  }

  @Test
  void aSnapshotIsTheRecordsNumberAndItsCheckedValues() {
    EntityType wallet = model.type("wallet").orElseThrow();
    EntitySnapshot snapshot = EntitySnapshot.of(wallet, "WL000001", Map.of("balance", "25.5"));

    assertEquals("wallet", snapshot.type());
    assertEquals("WL000001", snapshot.value("number"));
    assertEquals(new BigDecimal("25.50"), snapshot.value("balance"));

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> EntitySnapshot.of(wallet, "WL000001", Map.of("number", "WL000002")));
    assertEquals(
        List.of(
            new FieldError("number", "NUMBER_MISMATCH", "'WL000002' is not the record's WL000001")),
        e.errors());
  }
}
