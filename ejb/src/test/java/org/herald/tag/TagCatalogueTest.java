package org.herald.tag;

import static org.herald.tag.CompanyZx.CATALOGUE;
import static org.herald.tag.CompanyZx.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.herald.entity.EntityField;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityType;
import org.herald.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The tags the editor offers after '#', and the check a template passes before it is saved. */
class TagCatalogueTest {

  @Test
  void typingAfterTheHashSuggestsTheMatchingPathsSortedWithTheirKind() {
    assertEquals(
        List.of(
            new TagDefinition("payment.accounts_receivable", TagKind.REFERENCE),
            new TagDefinition("payment.accounts_receivable.balance", TagKind.AMOUNT),
            new TagDefinition("payment.accounts_receivable.contact", TagKind.REFERENCE),
            new TagDefinition("payment.accounts_receivable.contact.email", TagKind.TEXT),
            new TagDefinition("payment.accounts_receivable.contact.name", TagKind.TEXT),
            new TagDefinition("payment.accounts_receivable.contact.number", TagKind.TEXT),
            new TagDefinition(
                "payment.accounts_receivable.contact.opt_in_affiliate_marketing", TagKind.BOOLEAN),
            new TagDefinition(
                "payment.accounts_receivable.contact.opt_in_direct_marketing", TagKind.BOOLEAN),
            new TagDefinition("payment.accounts_receivable.contact.phone", TagKind.TEXT),
            new TagDefinition(
                "payment.accounts_receivable.contact.preferred_language", TagKind.TEXT),
            new TagDefinition("payment.accounts_receivable.currency", TagKind.TEXT),
            new TagDefinition("payment.accounts_receivable.due_date", TagKind.DATE),
            new TagDefinition("payment.accounts_receivable.name", TagKind.TEXT),
            new TagDefinition("payment.accounts_receivable.number", TagKind.TEXT),
            new TagDefinition("payment.accounts_receivable.outstanding_amount", TagKind.AMOUNT),
            new TagDefinition("payment.accounts_receivable.presentment_email", TagKind.TEXT),
            new TagDefinition("payment.accounts_receivable.presentment_phone", TagKind.TEXT),
            new TagDefinition("payment.accounts_receivable.wallet", TagKind.REFERENCE),
            new TagDefinition("payment.accounts_receivable.wallet.balance", TagKind.AMOUNT),
            new TagDefinition("payment.accounts_receivable.wallet.number", TagKind.TEXT)),
        CATALOGUE.suggest("payment.acc"));
    assertEquals(CATALOGUE.suggest("payment.acc"), CATALOGUE.suggest("#payment.acc"));
    assertEquals(List.of(), CATALOGUE.suggest("paymnt"));
  }

  @Test
  void theCatalogueOffersEveryFieldOfEveryTypeAndTheSevenDynamicLinks() {
    for (EntityType type : EntityModel.crm().types()) {
      for (EntityField field : type.fields()) {
        assertTrue(
            CATALOGUE.definition(type.name() + "." + field.name()).isPresent(),
            type.name() + "." + field.name());
      }
    }
    assertEquals(
        List.of(
            "dynamic_link.opt_in_affiliate_marketing",
            "dynamic_link.opt_in_direct_marketing",
            "dynamic_link.opt_out_affiliate_marketing",
            "dynamic_link.opt_out_direct_marketing",
            "dynamic_link.service_request_final_resolution_acceptance",
            "dynamic_link.service_request_response_acceptance",
            "dynamic_link.service_request_temporary_resolution_acceptance"),
        CATALOGUE.suggest("dynamic_link.").stream().map(TagDefinition::path).toList());
    assertEquals(
        Set.of(TagKind.DYNAMIC_LINK),
        Set.copyOf(CATALOGUE.suggest("dynamic_link").stream().map(TagDefinition::kind).toList()));
  }

  @Test
  void referencesAreFollowedTwoHopsAndNoFurther() {
    assertTrue(CATALOGUE.definition("subscription.accounts_receivable.wallet.balance").isPresent());
    assertTrue(CATALOGUE.definition("subscription.accounts_receivable.contact").isPresent());
    assertFalse(CATALOGUE.definition("subscription.accounts_receivable.contact.name").isEmpty());
    assertTrue(CATALOGUE.suggest("subscription.accounts_receivable.wallet.balance.").isEmpty());
  }

  @Test
  void aCycleBetweenTypesStaysBounded() {
    EntityModel cyclic =
        new EntityModel(
            List.of(
                new EntityType(
                    "node",
                    List.of(EntityField.text("number"), EntityField.reference("next", "node")))));

    assertEquals(
        List.of(
            "node.next",
            "node.next.next",
            "node.next.next.next",
            "node.next.next.number",
            "node.next.number",
            "node.number"),
        TagCatalogue.of(cyclic).suggest("node").stream().map(TagDefinition::path).toList());
  }

  @Test
  void aNotificationTypesTemplatesMayUseItsItemsTags() {
    TagCatalogue forAccounts = CATALOGUE.forNotification("accounts_receivable");

    assertEquals(
        List.of(
            new TagDefinition(
                "notification.accounts_receivable.outstanding_amount", TagKind.AMOUNT)),
        forAccounts.suggest("notification.accounts_receivable.outs"));
    assertTrue(
        forAccounts.definition("notification.accounts_receivable.wallet.balance").isPresent());
    assertTrue(forAccounts.suggest("notification.payment").isEmpty());
    assertTrue(forAccounts.definition("payment.amount").isPresent(), "entity tags stay usable");
    assertTrue(CATALOGUE.suggest("notification").isEmpty());
  }

  @Test
  void aNotificationItemMustBeAnEntityType() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> CATALOGUE.forNotification("planet"));
    assertEquals("UNKNOWN_ENTITY_TYPE", e.code());
  }

  @Test
  void everyProblemOfATemplateIsReportedAtOnceWithItsPosition() {
    TemplateText text =
        parse(
            """
            Dear #contact_information.nme,
            Amount: #payment.amount, #paymnt.amount
            Opt out: #dynamic_link.opt_out_direct_marketing #dynamic_link.opt_in_direct_marketing
            #dynamic_link.unsubscribe #unrestricted.code #unrestricted.a.b #notification.bill.number""");

    assertEquals(
        List.of(
            new TagProblem(
                "contact_information.nme",
                5,
                1,
                6,
                "UNKNOWN_TAG",
                "#contact_information.nme (line 1, column 6) is not a known tag"),
            new TagProblem(
                "paymnt.amount",
                56,
                2,
                26,
                "UNKNOWN_TAG",
                "#paymnt.amount (line 2, column 26) is not a known tag"),
            new TagProblem(
                "dynamic_link.opt_out_direct_marketing",
                80,
                3,
                10,
                "DISABLED_DYNAMIC_LINK",
                "#dynamic_link.opt_out_direct_marketing (line 3, column 10) is not enabled in the"
                    + " dynamic links settings"),
            new TagProblem(
                "dynamic_link.unsubscribe",
                157,
                4,
                1,
                "UNKNOWN_TAG",
                "#dynamic_link.unsubscribe (line 4, column 1) is not a known tag"),
            new TagProblem(
                "unrestricted.a.b",
                202,
                4,
                46,
                "UNKNOWN_TAG",
                "#unrestricted.a.b (line 4, column 46) is not a tag: an unrestricted tag has one"
                    + " name, e.g. #unrestricted.offer"),
            new TagProblem(
                "notification.bill.number",
                220,
                4,
                64,
                "UNKNOWN_TAG",
                "#notification.bill.number (line 4, column 64) is only for notification templates")),
        CATALOGUE.check(text, EnumSet.of(DynamicLinkType.OPT_IN_DIRECT_MARKETING)));
  }

  @Test
  void aNotificationTemplateMayNotUseAnotherItemTypesTags() {
    List<TagProblem> problems =
        CATALOGUE
            .forNotification("accounts_receivable")
            .check(
                parse("#notification.bill.number #notification.accounts_receivable.number"),
                Set.of());

    assertEquals(
        List.of(
            "#notification.bill.number (line 1, column 1) is not a tag of the notification item"
                + " accounts_receivable"),
        problems.stream().map(TagProblem::message).toList());
  }

  @Test
  void enabledDynamicLinksAndUnrestrictedTagsPass() {
    TemplateText text =
        parse(
            "Dear #contact_information.name, #unrestricted.greeting"
                + " #dynamic_link.opt_out_direct_marketing");

    assertEquals(
        List.of(), CATALOGUE.check(text, EnumSet.of(DynamicLinkType.OPT_OUT_DIRECT_MARKETING)));
  }

  @Test
  void anEntitysTagNeedsThatEntityAmongTheReferringTypesTheContactsNever() {
    TemplateText text =
        parse(
            "#contact_information.name #payment.amount #bill.number #unrestricted.offer"
                + " #subscription.accounts_receivable.balance");

    List<TagProblem> problems =
        CATALOGUE.check(text, EnumSet.noneOf(DynamicLinkType.class), Set.of("payment"));

    assertEquals(
        List.of("bill.number", "subscription.accounts_receivable.balance"),
        problems.stream().map(TagProblem::tag).toList());
    assertTrue(problems.stream().allMatch(p -> p.code().equals("NOT_A_REFERRING_ENTITY")));
    assertTrue(
        problems.get(0).message().endsWith("needs a referring entity of type bill"),
        problems.get(0).message());
    assertEquals(
        List.of(),
        CATALOGUE.check(
            text,
            EnumSet.noneOf(DynamicLinkType.class),
            Set.of("payment", "bill", "subscription")));
  }

  @Test
  void aTypeNamedLikeATagNamespaceIsRefused() {
    EntityModel clash =
        new EntityModel(
            List.of(new EntityType("notification", List.of(EntityField.text("number")))));
    assertThrows(IllegalArgumentException.class, () -> TagCatalogue.of(clash));
  }
}
