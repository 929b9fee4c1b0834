package org.herald.tag;

import java.util.List;
import java.util.Map;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityModel;
import org.herald.entity.EntitySnapshot;

/**
 * The seed's Company ZX and one subscriber, Maria, as the CRM would sync them: her contact
 * information, accounts receivable, wallet, subscription, a bill and a payment.
 */
final class CompanyZx {

  static final EntityModel MODEL = EntityModel.crm();
  static final TagCatalogue CATALOGUE = TagCatalogue.of(MODEL);

  static final EntitySnapshot CONTACT =
      record(
          "contact_information",
          "CT000001",
          Map.of(
              "name", "Maria Georgiou",
              "preferred_language", "el",
              "email", "maria@example.com",
              "phone", "+35799123456",
              "opt_in_direct_marketing", true,
              "opt_in_affiliate_marketing", false));
  static final EntitySnapshot WALLET = record("wallet", "WL000001", Map.of("balance", "25.5"));
  static final EntitySnapshot ACCOUNT =
      record(
          "accounts_receivable",
          "AR000123",
          Map.of(
              "name", "Maria Georgiou",
              "balance", "1234.56",
              "outstanding_amount", 350,
              "due_date", "2026-11-01",
              "currency", "EUR",
              "wallet", "WL000001",
              "contact", "CT000001"));
  static final EntitySnapshot SUBSCRIPTION =
      record(
          "subscription",
          "SUB000045",
          Map.of(
              "status",
              "active",
              "accounts_receivable",
              "AR000123",
              "services",
              List.of("Fibre 1 Gbps", "Sports HD"),
              "installed_items",
              List.of("Router ZX-200", "Set-top box S3")));
  static final EntitySnapshot BILL =
      record(
          "bill",
          "BL000789",
          Map.of(
              "due_date", "2026-11-30",
              "total_amount_to_be_paid", "1480.2",
              "accounts_receivable", "AR000123"));
  static final EntitySnapshot PAYMENT =
      record("payment", "PM000042", Map.of("amount", "50.00", "accounts_receivable", "AR000123"));

  static final EntityLookup LOOKUP =
      EntityLookup.of(List.of(CONTACT, WALLET, ACCOUNT, SUBSCRIPTION, BILL, PAYMENT));

  private CompanyZx() {}

  static EntitySnapshot record(String type, String number, Map<String, ?> values) {
    return EntitySnapshot.of(MODEL.type(type).orElseThrow(), number, values);
  }

  static TemplateText parse(String text) {
    return TemplateText.parse(text, CATALOGUE);
  }

  /** A context in {@code language} for a communication referring to {@code entities}. */
  static RenderContext.Builder context(String language, EntitySnapshot... entities) {
    RenderContext.Builder context =
        RenderContext.builder(LanguageFormat.of(language)).lookup(LOOKUP);
    for (EntitySnapshot entity : entities) {
      context.referringTo(entity);
    }
    return context;
  }
}
