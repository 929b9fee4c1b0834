package org.herald.tag;

import static org.herald.tag.CompanyZx.ACCOUNT;
import static org.herald.tag.CompanyZx.CONTACT;
import static org.herald.tag.CompanyZx.LOOKUP;
import static org.herald.tag.CompanyZx.PAYMENT;
import static org.herald.tag.CompanyZx.SUBSCRIPTION;
import static org.herald.tag.CompanyZx.context;
import static org.herald.tag.CompanyZx.parse;
import static org.herald.tag.CompanyZx.record;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.herald.demo.SeedTemplates;
import org.herald.entity.EntityField;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityModel;
import org.herald.entity.EntitySnapshot;
import org.herald.entity.EntityType;
import org.junit.jupiter.api.Test;

/** How each tag renders for one communication. */
class RenderingTest {

  @Test
  void aTagFollowsReferencesUpToTwoHops() {
    assertEquals(
        "25.50 / Maria Georgiou",
        parse(
                "#payment.accounts_receivable.wallet.balance / #subscription.accounts_receivable.contact.name")
            .render(context("en", PAYMENT, SUBSCRIPTION).build()));
  }

  @Test
  void aReferenceRendersTheReferencedNumber() {
    assertEquals(
        "AR000123", parse("#payment.accounts_receivable").render(context("en", PAYMENT).build()));
  }

  @Test
  void anUndefinedValueRendersEmpty() {
    EntitySnapshot bareAccount = record("accounts_receivable", "AR000999", Map.of("name", "Nikos"));
    EntitySnapshot orphanPayment =
        record("payment", "PM000043", Map.of("accounts_receivable", "AR404"));

    assertEquals(
        "[][][][][][]",
        parse(
                "[#bill.number][#accounts_receivable.due_date][#accounts_receivable.wallet.balance]"
                    + "[#payment.accounts_receivable.name][#payment.amount][#payment.nonsense]")
            .render(context("en", bareAccount, orphanPayment).build()));
  }

  @Test
  void collectionsRenderCommaSeparated() {
    assertEquals(
        "Fibre 1 Gbps, Sports HD",
        parse("#subscription.services").render(context("en", SUBSCRIPTION).build()));
    EntitySnapshot none = record("subscription", "SUB000046", Map.of("services", List.of()));
    assertEquals("[]", parse("[#subscription.services]").render(context("en", none).build()));
  }

  @Test
  void booleansRenderAsTheLanguagesYesAndNo() {
    TemplateText text =
        parse(
            "#contact_information.opt_in_direct_marketing/#contact_information.opt_in_affiliate_marketing");
    assertEquals("yes/no", text.render(context("en", CONTACT).build()));
    assertEquals("ναι/όχι", text.render(context("el", CONTACT).build()));
  }

  @Test
  void numbersRenderInTheLanguageWithTheirOwnDecimals() {
    EntityModel orders =
        new EntityModel(
            List.of(
                new EntityType(
                    "order", List.of(EntityField.text("number"), EntityField.number("quantity")))));
    EntitySnapshot order =
        EntitySnapshot.of(orders.type("order").orElseThrow(), "OR1", Map.of("quantity", 12345.5));
    TemplateText text = TemplateText.parse("#order.quantity", TagCatalogue.of(orders));

    assertEquals(
        "12,345.5",
        text.render(RenderContext.builder(LanguageFormat.of("en")).referringTo(order).build()));
    assertEquals(
        "12.345,5",
        text.render(RenderContext.builder(LanguageFormat.of("el")).referringTo(order).build()));
  }

  @Test
  void notificationTagsReadTheRunsItemOnlyWhenItIsOfTheTagsType() {
    TemplateText text = parse("[#notification.accounts_receivable.outstanding_amount]");

    assertEquals("[350.00]", text.render(context("en").notificationItem(ACCOUNT).build()));
    assertEquals("[]", text.render(context("en").notificationItem(PAYMENT).build()));
    assertEquals("[]", text.render(context("en", ACCOUNT).build()));
  }

  @Test
  void unrestrictedTagsRenderTheCommunicationsOwnValues() {
    TemplateText text = parse("Code #unrestricted.offer_code until #unrestricted.offer_end.");

    assertEquals(
        "Code ZX10 until .",
        text.render(context("en").unrestrictedValues(Map.of("offer_code", "ZX10")).build()));
  }

  @Test
  void dynamicLinksAreWrittenByTheContextsRenderer() {
    TemplateText text =
        parse("Accept: #dynamic_link.service_request_response_acceptance! #dynamic_link.nonsense");
    DynamicLinkRenderer links =
        (out, type, escaping) -> {
          out.append("<a href=\"");
          escaping.append(out, "https://zx.example/l?t=" + type.tagName() + "&s=1");
          out.append("\">Accept</a>");
        };

    assertEquals(
        "Accept: <a href=\"https://zx.example/l?t=service_request_response_acceptance&amp;s=1\">"
            + "Accept</a>! ",
        text.render(context("en").escaping(Escaping.HTML).dynamicLinks(links).build()));
    assertEquals("Accept: ! ", text.render(context("en").build()));
  }

  @Test
  void inHtmlEveryValueIsEscapedAndTheTemplatesMarkupIsNot() {
    EntitySnapshot intruder =
        record(
            "contact_information",
            "CT000666",
            Map.of("name", "<script>alert(1)</script> & \"Co\" 'Ltd'"));
    TemplateText text = parse("<p>Dear <b>#contact_information.name</b>, #unrestricted.note</p>");
    RenderContext.Builder html =
        context("en", intruder)
            .escaping(Escaping.HTML)
            .unrestrictedValues(Map.of("note", "<img src=x onerror=alert(2)>"));

    assertEquals(
        "<p>Dear <b>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; &#39;Ltd&#39;</b>,"
            + " &lt;img src=x onerror=alert(2)&gt;</p>",
        text.render(html.build()));
  }

  @Test
  void inPlainTextValuesAreWrittenAsTheyAre() {
    EntitySnapshot intruder =
        record("contact_information", "CT000666", Map.of("name", "<script>alert(1)</script>"));

    assertEquals(
        "Dear <script>alert(1)</script>",
        parse("Dear #contact_information.name").render(context("en", intruder).build()));
  }

  @Test
  void oneRenderingLooksEachReferencedRecordUpOnce() {
    AtomicInteger lookups = new AtomicInteger();
    EntityLookup counting =
        (type, number) -> {
          lookups.incrementAndGet();
          return LOOKUP.find(type, number);
        };
    TemplateText receipt = parse(SeedTemplates.PAYMENT_RECEIPT);

    receipt.render(context("en", PAYMENT).lookup(counting).build());
    assertEquals(1, lookups.get());
    receipt.render(context("en", PAYMENT).lookup(counting).build());
    assertEquals(2, lookups.get(), "a new communication looks again: its data may have changed");
  }

  @Test
  void renderingAppendsToTheCallersBuilder() {
    StringBuilder out = new StringBuilder("Subject: ");
    parse("Receipt #payment.number").renderTo(out, context("en", PAYMENT).build());
    assertEquals("Subject: Receipt PM000042", out.toString());
  }
}
