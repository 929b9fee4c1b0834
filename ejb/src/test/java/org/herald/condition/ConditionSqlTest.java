package org.herald.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herald.error.Violations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conditions compiled to SQL select the same contacts the seed's rules select in memory, run on a
 * real database (H2 in PostgreSQL mode, with the projection's own migration).
 */
class ConditionSqlTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private Connection db;

  @BeforeEach
  void schema() throws SQLException, IOException {
    db =
        DriverManager.getConnection(
            "jdbc:h2:mem:conditions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    try (Statement sql = db.createStatement()) {
      sql.execute(
          "CREATE TABLE contact (id BIGINT PRIMARY KEY, number VARCHAR(20), name VARCHAR(200),"
              + " preferred_language VARCHAR(2), opt_in_direct_marketing BOOLEAN,"
              + " opt_in_affiliate_marketing BOOLEAN)");
      sql.execute(
          "CREATE TABLE contact_email (contact_id BIGINT, position INTEGER, type VARCHAR(20),"
              + " address VARCHAR(320), is_primary BOOLEAN)");
      sql.execute(
          "CREATE TABLE contact_phone (contact_id BIGINT, position INTEGER, type VARCHAR(20),"
              + " number VARCHAR(20), is_primary BOOLEAN)");
      sql.execute(
          Files.readString(
              Path.of("src/main/resources/db/migration/common/V16__entity_field_values.sql")));
      sql.execute(
          "CREATE TABLE referring_entity (id BIGINT PRIMARY KEY, type VARCHAR(50),"
              + " number VARCHAR(50))");
      sql.execute("INSERT INTO referring_entity VALUES (1, 'accounts_receivable', 'AR1')");
      sql.execute("INSERT INTO referring_entity VALUES (2, 'accounts_receivable', 'AR2')");
      sql.execute("INSERT INTO referring_entity VALUES (3, 'accounts_receivable', 'AR3')");
      sql.execute("INSERT INTO referring_entity VALUES (4, 'payment', 'PM1')");
      sql.execute("INSERT INTO contact VALUES (1, 'CT1', 'Maria', 'el', TRUE, FALSE)");
      sql.execute("INSERT INTO contact VALUES (2, 'CT2', 'Anna', 'en', FALSE, FALSE)");
      sql.execute("INSERT INTO contact VALUES (3, 'CT3', 'Nikos', NULL, FALSE, FALSE)");
      sql.execute("INSERT INTO contact_email VALUES (1, 0, 'WORK', 'maria@zx.example', TRUE)");
    }
    value("accounts_receivable", "AR1", "contact", 0, "CT1");
    value("accounts_receivable", "AR1", "outstanding_amount", 0, new BigDecimal("10.00"));
    value("accounts_receivable", "AR1", "due_date", 0, TODAY.minusDays(1));
    value("accounts_receivable", "AR2", "contact", 0, "CT2");
    value("accounts_receivable", "AR2", "outstanding_amount", 0, new BigDecimal("0.00"));
    value("accounts_receivable", "AR2", "due_date", 0, TODAY);
    value("payment", "PM1", "accounts_receivable", 0, "AR1");
    value("payment", "PM1", "amount", 0, new BigDecimal("50.00"));
    value("subscription", "SB2", "accounts_receivable", 0, "AR2");
    value("subscription", "SB2", "services", 0, "TV");
    value("subscription", "SB2", "services", 1, "Fiber");
  }

  @AfterEach
  void drop() throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute("DROP ALL OBJECTS");
    }
    db.close();
  }

  private void value(String type, String number, String field, int position, Object value)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement("INSERT INTO entity_field_value VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, type);
      insert.setString(2, number);
      insert.setString(3, field);
      insert.setInt(4, position);
      insert.setString(5, value instanceof String text ? text : null);
      insert.setBigDecimal(6, value instanceof BigDecimal amount ? amount : null);
      insert.setDate(7, value instanceof LocalDate date ? Date.valueOf(date) : null);
      insert.setObject(8, null);
      insert.executeUpdate();
    }
  }

  private List<String> members(ConditionInput... inputs) throws SQLException {
    Violations violations = new Violations();
    Conditions conditions =
        Conditions.parse(
            List.of(inputs),
            "conditions",
            ConditionSql.crm().contactRoots(),
            ConditionPaths.crm(),
            violations);
    assertEquals(List.of(), violations.errors());
    SqlPredicate predicate = ConditionSql.crm().compile(conditions, "c", TODAY);
    List<String> numbers = new ArrayList<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT c.number FROM contact c WHERE " + predicate.sql() + " ORDER BY c.number")) {
      for (int i = 0; i < predicate.parameters().size(); i++) {
        query.setObject(i + 1, predicate.parameters().get(i));
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          numbers.add(rows.getString(1));
        }
      }
    }
    return numbers;
  }

  /** The records of {@code type} the predicate selects, by number. */
  private List<String> records(String type, SqlPredicate predicate) throws SQLException {
    List<String> numbers = new ArrayList<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT e.number FROM referring_entity e WHERE e.type = ? AND "
                + predicate.sql()
                + " ORDER BY e.number")) {
      query.setString(1, type);
      for (int i = 0; i < predicate.parameters().size(); i++) {
        query.setObject(i + 2, predicate.parameters().get(i));
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          numbers.add(rows.getString(1));
        }
      }
    }
    return numbers;
  }

  private List<String> items(String type, ConditionInput... inputs) throws SQLException {
    Violations violations = new Violations();
    Conditions conditions =
        Conditions.parse(List.of(inputs), "conditions", null, ConditionPaths.crm(), violations);
    assertEquals(List.of(), violations.errors());
    return records(type, ConditionSql.crm().compileAll(conditions, type, "e", TODAY));
  }

  @Test
  void aRunsItemsAreSelectedWhenEveryConditionHoldsOverTheItemAndWhatItRefersTo()
      throws SQLException {
    // The seed's financial type: outstanding amount equal or more than 0, due 1 day ago.
    assertEquals(
        List.of("AR1"),
        items(
            "accounts_receivable",
            new ConditionInput("accounts_receivable.outstanding_amount", "MORE_THAN", "0"),
            new ConditionInput("accounts_receivable.due_date", "EQUALS", "today-1")));
    assertEquals(
        List.of("AR1", "AR2"),
        items(
            "accounts_receivable",
            new ConditionInput("accounts_receivable.outstanding_amount", "MORE_THAN", "0")));
    assertEquals(
        List.of("AR2"),
        items(
            "accounts_receivable",
            new ConditionInput(
                "accounts_receivable.contact.opt_in_direct_marketing", "EQUALS", "false")));
    assertEquals(
        List.of("PM1"),
        items(
            "payment",
            new ConditionInput("payment.accounts_receivable.due_date", "LESS_THAN", "today")));
    assertEquals(List.of("AR1", "AR2", "AR3"), items("accounts_receivable"));
  }

  @Test
  void anItemsOwnerIsReachedThroughItsReferencesForAPredicateOverContacts() throws SQLException {
    SqlPredicate maria = new SqlPredicate("owner.name = ?", List.of("Maria"));
    assertEquals(
        List.of("AR1"),
        records(
            "accounts_receivable",
            ConditionSql.crm().ownerSatisfies("accounts_receivable", "e", "owner", maria)));
    assertEquals(
        List.of("PM1"),
        records("payment", ConditionSql.crm().ownerSatisfies("payment", "e", "owner", maria)));
    // AR3 has no contact: it belongs to no one, so no predicate over contacts holds for it.
    SqlPredicate anyone = new SqlPredicate("1=1", List.of());
    assertEquals(
        List.of("AR1", "AR2"),
        records(
            "accounts_receivable",
            ConditionSql.crm().ownerSatisfies("accounts_receivable", "e", "owner", anyone)));
  }

  @Test
  void aSegmentOfRecordsHoldsThoseForWhichAnyConditionHolds() throws SQLException {
    Violations violations = new Violations();
    Conditions conditions =
        Conditions.parse(
            List.of(
                new ConditionInput("accounts_receivable.due_date", "EQUALS", "today-1"),
                new ConditionInput("accounts_receivable.contact.name", "EQUALS", "Anna")),
            "conditions",
            null,
            ConditionPaths.crm(),
            violations);
    assertEquals(List.of(), violations.errors());
    assertEquals(
        List.of("AR1", "AR2"),
        records(
            "accounts_receivable",
            ConditionSql.crm().compileAny(conditions, "accounts_receivable", "e", TODAY)));
  }

  @Test
  void anItemIsInASegmentOfTheRecordItRefersTo() throws SQLException {
    // A payment whose accounts receivable is AR1 (as a segment of accounts receivable would say).
    SqlPredicate ar1 = new SqlPredicate("account.number = ?", List.of("AR1"));
    assertEquals(
        List.of("PM1"),
        records(
            "payment",
            ConditionSql.crm()
                .referencedSatisfies(
                    "payment", "e", List.of("accounts_receivable"), "account", ar1)));
    SqlPredicate ar2 = new SqlPredicate("account.number = ?", List.of("AR2"));
    assertEquals(
        List.of(),
        records(
            "payment",
            ConditionSql.crm()
                .referencedSatisfies(
                    "payment", "e", List.of("accounts_receivable"), "account", ar2)));
  }

  @Test
  void theSeedsFinancialRuleOutstandingFromZeroDueOneDayAgo() throws SQLException {
    assertEquals(
        List.of("CT1", "CT2"),
        members(new ConditionInput("accounts_receivable.outstanding_amount", "MORE_THAN", "0")));
    assertEquals(
        List.of("CT1"),
        members(new ConditionInput("accounts_receivable.due_date", "EQUALS", "today-1")));
  }

  @Test
  void recordsReachTheirContactThroughTheirReferences() throws SQLException {
    assertEquals(List.of("CT1"), members(new ConditionInput("payment.amount", "MORE_THAN", "50")));
    assertEquals(
        List.of("CT2"), members(new ConditionInput("subscription.services", "CONTAINS", "Fiber")));
    assertEquals(
        List.of("CT1"),
        members(new ConditionInput("payment.accounts_receivable.due_date", "LESS_THAN", "today")));
  }

  @Test
  void theContactsOwnFieldsAreItsColumns() throws SQLException {
    assertEquals(
        List.of("CT1"),
        members(
            new ConditionInput("contact_information.opt_in_direct_marketing", "EQUALS", "true")));
    assertEquals(
        List.of("CT1"),
        members(new ConditionInput("contact_information.email", "EQUALS", "maria@zx.example")));
    // As in memory, a contact without a preferred language is not one whose language is not en.
    assertEquals(
        List.of("CT1"),
        members(new ConditionInput("contact_information.preferred_language", "NOT_EQUALS", "en")));
  }

  @Test
  void atLeastOneMustHoldAndNoneSelectsEveryone() throws SQLException {
    assertEquals(
        List.of("CT2", "CT3"),
        members(
            new ConditionInput("contact_information.name", "EQUALS", "Nikos"),
            new ConditionInput("accounts_receivable.due_date", "EQUALS", "today")));
    assertEquals(List.of("CT1", "CT2", "CT3"), members());
  }
}
