package org.herald.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.herald.api.problem.FieldError;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityRecord;
import org.herald.entity.EntitySnapshot;
import org.herald.error.Violations;
import org.junit.jupiter.api.Test;

/** The seed's rules for conditions: checked against the entity model, at least one must hold. */
class ConditionsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private final ConditionPaths paths = ConditionPaths.crm();

  private final EntitySnapshot account =
      new EntitySnapshot(
          "accounts_receivable",
          "AR1",
          Map.of(
              "name",
              "Maria",
              "outstanding_amount",
              new BigDecimal("0.00"),
              "balance",
              new BigDecimal("120.00"),
              "due_date",
              TODAY.minusDays(1)));
  private final EntitySnapshot payment =
      new EntitySnapshot(
          "payment",
          "PM1",
          Map.of("amount", new BigDecimal("50.00"), "accounts_receivable", "AR1"));
  private final EntitySnapshot subscription =
      new EntitySnapshot(
          "subscription", "SB1", Map.of("status", "ACTIVE", "services", List.of("TV", "Fiber")));
  private final EntityLookup lookup = EntityLookup.of(List.of(account, payment, subscription));
  private final Function<String, EntityRecord> roots =
      type ->
          switch (type) {
            case "payment" -> payment;
            case "subscription" -> subscription;
            case "accounts_receivable" -> account;
            default -> null;
          };

  private Conditions parse(Violations violations, ConditionInput... inputs) {
    return Conditions.parse(List.of(inputs), "conditions", null, paths, violations);
  }

  private Conditions valid(ConditionInput... inputs) {
    Violations violations = new Violations();
    Conditions conditions = parse(violations, inputs);
    assertEquals(List.of(), violations.errors());
    return conditions;
  }

  private boolean holds(ConditionInput... inputs) {
    return valid(inputs).holdFor(roots, lookup, TODAY);
  }

  @Test
  void moreThanIsInclusiveAsTheSeedSaysForBalances() {
    assertTrue(
        holds(new ConditionInput("accounts_receivable.outstanding_amount", "MORE_THAN", "0")));
    assertTrue(holds(new ConditionInput("accounts_receivable.balance", "MORE_THAN", "120")));
    assertFalse(holds(new ConditionInput("accounts_receivable.balance", "MORE_THAN", "120.01")));
    assertFalse(holds(new ConditionInput("accounts_receivable.balance", "LESS_THAN", "120")));
    assertTrue(holds(new ConditionInput("accounts_receivable.balance", "LESS_THAN", "120.01")));
  }

  @Test
  void datesAreRelativeToTodayDueOneDayAgo() {
    assertTrue(holds(new ConditionInput("accounts_receivable.due_date", "EQUALS", "today-1")));
    assertFalse(holds(new ConditionInput("accounts_receivable.due_date", "EQUALS", "today")));
    assertTrue(holds(new ConditionInput("accounts_receivable.due_date", "LESS_THAN", "today")));
    assertTrue(holds(new ConditionInput("accounts_receivable.due_date", "EQUALS", "2026-12-02")));
    assertEquals(TODAY.plusDays(7), RelativeDate.parse("today+7").on(TODAY));
  }

  @Test
  void atLeastOneMustHold() {
    ConditionInput no = new ConditionInput("payment.amount", "MORE_THAN", "100");
    ConditionInput yes = new ConditionInput("subscription.status", "EQUALS", "ACTIVE");
    assertFalse(holds(no));
    assertTrue(holds(no, yes));
    assertTrue(valid().holdFor(roots, lookup, TODAY), "no conditions: nothing to fail");
  }

  @Test
  void pathsFollowReferencesAndCollectionsAreSearched() {
    assertTrue(holds(new ConditionInput("payment.accounts_receivable.name", "EQUALS", "Maria")));
    assertTrue(holds(new ConditionInput("subscription.services", "CONTAINS", "Fiber")));
    assertFalse(holds(new ConditionInput("subscription.services", "CONTAINS", "Radio")));
  }

  @Test
  void anUndefinedValueSatisfiesNothingNotEvenNotEquals() {
    assertFalse(holds(new ConditionInput("accounts_receivable.currency", "NOT_EQUALS", "EUR")));
    assertTrue(holds(new ConditionInput("accounts_receivable.name", "NOT_EQUALS", "Anna")));
  }

  @Test
  void everyProblemIsNamedByItsPlace() {
    Violations violations = new Violations();
    parse(
        violations,
        new ConditionInput("payment.nothing", "EQUALS", "1"),
        new ConditionInput("payment.amount", "CONTAINS", "1"),
        new ConditionInput("payment.amount", "MORE_THAN", "lots"),
        new ConditionInput("accounts_receivable.due_date", "EQUALS", "yesterday"),
        new ConditionInput("contact_information.opt_in_direct_marketing", "EQUALS", "yes"),
        new ConditionInput(null, "SOMETIMES", null));
    assertEquals(
        List.of(
            "conditions[0].path UNKNOWN_PATH",
            "conditions[1].operator OPERATOR_NOT_ALLOWED",
            "conditions[2].value INVALID_NUMBER",
            "conditions[3].value INVALID_DATE",
            "conditions[4].value INVALID_BOOLEAN",
            "conditions[5].path REQUIRED",
            "conditions[5].operator UNKNOWN_VALUE",
            "conditions[5].value REQUIRED"),
        violations.errors().stream().map(e -> e.field() + " " + e.code()).toList());
  }

  @Test
  void pathsMayBeLimitedToTheRootsThatApply() {
    Violations violations = new Violations();
    Conditions.parse(
        List.of(new ConditionInput("bill.due_date", "EQUALS", "today")),
        "conditions",
        Set.of("payment", "contact_information"),
        paths,
        violations);
    FieldError error = violations.errors().get(0);
    assertEquals("conditions[0].path", error.field());
    assertEquals("PATH_NOT_APPLICABLE", error.code());
  }

  @Test
  void writtenBackAsGiven() {
    ConditionInput input = new ConditionInput("accounts_receivable.due_date", "EQUALS", "today-1");
    assertEquals(List.of(input), valid(input).inputs());
  }
}
