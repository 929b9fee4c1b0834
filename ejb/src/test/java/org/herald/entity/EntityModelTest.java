package org.herald.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The referring entities of the seed, and how a path through them is followed. */
class EntityModelTest {

  private final EntityModel model = EntityModel.crm();

  @Test
  void theCrmSyncsTheSeedsReferringEntities() {
    assertEquals(
        List.of(
            "contact_information",
            "accounts_receivable",
            "wallet",
            "subscription",
            "bill",
            "payment",
            "service_request",
            "reward_offer",
            "rewards_participant",
            "reward_eligibility"),
        model.types().stream().map(EntityType::name).toList());
    assertEquals(
        List.of(
            "number:TEXT",
            "name:TEXT",
            "balance:AMOUNT",
            "outstanding_amount:AMOUNT",
            "due_date:DATE",
            "currency:TEXT",
            "wallet:REFERENCE",
            "presentment_email:TEXT",
            "presentment_phone:TEXT",
            "contact:REFERENCE"),
        model.type("accounts_receivable").orElseThrow().fields().stream()
            .map(field -> field.name() + ":" + field.kind())
            .toList());
    assertEquals(
        Optional.of("contact_information"),
        model
            .type("accounts_receivable")
            .flatMap(t -> t.field("contact"))
            .map(EntityField::target));
  }

  @Test
  void aModelRefusesAReferenceToATypeItDoesNotHave() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new EntityModel(
                    List.of(
                        new EntityType(
                            "payment",
                            List.of(
                                EntityField.text("number"),
                                EntityField.reference("order", "order"))))));
    assertEquals("payment.order refers to unknown type order", e.getMessage());
  }

  @Test
  void everyTypeHasANumberAndNoFieldTwice() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new EntityType("wallet", List.of(EntityField.amount("balance"))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new EntityType(
                "wallet", List.of(EntityField.text("number"), EntityField.text("number"))));
  }

  @Test
  void aPathFollowsAPaymentToItsAccountsWallet() {
    EntitySnapshot wallet = snapshot("wallet", "WL1", Map.of("balance", "25.50"));
    EntitySnapshot account = snapshot("accounts_receivable", "AR1", Map.of("wallet", "WL1"));
    EntitySnapshot payment = snapshot("payment", "PM1", Map.of("accounts_receivable", "AR1"));
    EntityLookup lookup = EntityLookup.of(List.of(wallet, account, payment));
    FieldPath path = path("payment.accounts_receivable.wallet.balance");

    assertEquals(2, path.hops());
    assertEquals(FieldKind.AMOUNT, path.kind());
    assertEquals(new BigDecimal("25.50"), path.valueIn(payment, lookup));
    assertEquals(null, path.valueIn(payment, EntityLookup.of(List.of(payment))));
    assertEquals(
        null, path.valueIn(snapshot("payment", "PM2", Map.of()), lookup), "no reference set");
  }

  @Test
  void pathsFollowAtMostTheGivenNumberOfReferences() {
    List<FieldPath> paths = model.paths(2);

    assertTrue(paths.stream().allMatch(path -> path.hops() <= 2));
    assertTrue(
        paths.stream()
            .anyMatch(
                path -> path.name().equals("subscription.accounts_receivable.contact.email")));
    assertEquals(
        model.types().stream().mapToLong(type -> type.fields().size()).sum(),
        model.paths(0).size());
  }

  private FieldPath path(String name) {
    return model.paths(2).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  private EntitySnapshot snapshot(String type, String number, Map<String, ?> values) {
    return EntitySnapshot.of(model.type(type).orElseThrow(), number, values);
  }
}
