package org.herald.tag;

import static org.herald.demo.SeedTemplates.ACCOUNT_STATE;
import static org.herald.demo.SeedTemplates.BILL_INFORMATION;
import static org.herald.demo.SeedTemplates.PAYMENT_RECEIPT;
import static org.herald.demo.SeedTemplates.WELCOME;
import static org.herald.tag.CompanyZx.ACCOUNT;
import static org.herald.tag.CompanyZx.BILL;
import static org.herald.tag.CompanyZx.PAYMENT;
import static org.herald.tag.CompanyZx.SUBSCRIPTION;
import static org.herald.tag.CompanyZx.context;
import static org.herald.tag.CompanyZx.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seed's "Keeping subscribers in the loop": Company ZX's four templates rendered for Maria,
 * word for word, in English and where formatting differs in Greek.
 */
class BusinessFlowsTest {

  @Test
  void subscriptionActivatedSendsTheWelcomeEmailWithItsServicesAndItems() {
    String text = parse(WELCOME).render(context("en", SUBSCRIPTION).build());

    assertEquals(
        """
        Dear Maria Georgiou,
        We would like to welcome you to our company.
        Your subscription SUB000045 is now activated for the following services: \
        Fibre 1 Gbps, Sports HD
        The following installed items are used: Router ZX-200, Set-top box S3
        Your subscription SUB000045 will be paid by account AR000123.
        Your current account balance is 1,234.56
        Company ZX Co.""",
        text);
  }

  @Test
  void aBillRunTellsTheAmountAndDueDate() {
    TemplateText template = parse(BILL_INFORMATION);

    assertEquals(
        """
        Dear Maria Georgiou,

        We would like to inform you that your bill: BL000789 has been issued and must be \
        settled by 30/11/2026.
        Bill's owed amount:1,480.20
        Company ZX Co.""",
        template.render(context("en", BILL).build()));
    assertEquals(
        """
        Dear Maria Georgiou,

        We would like to inform you that your bill: BL000789 has been issued and must be \
        settled by 30/11/2026.
        Bill's owed amount:1.480,20
        Company ZX Co.""",
        template.render(context("el", BILL).build()));
  }

  @Test
  void aFinancialNotificationRunRemindsEachAccountOfItsOutstandingAmount() {
    TemplateText template = parse(ACCOUNT_STATE);
    assertEquals(
        List.of(),
        CompanyZx.CATALOGUE.forNotification("accounts_receivable").check(template, Set.of()));

    String text = template.render(context("en").notificationItem(ACCOUNT).build());

    assertEquals(
        """
        Dear Maria Georgiou,

        We would like to inform you that your account: AR000123, has 350.00.

        Please proceed with settling your outstanding amount as soon as possible to avoid \
        deactivation of your services.

        Should you need more information please do not hesitate to call our Call Centre at any time.

        If you have already settled your balance, please ignore this email.

        Company ZX Co.""",
        text);
  }

  @Test
  void aPostedPaymentSendsAReceiptWithTheAccountsBalances() {
    TemplateText template = parse(PAYMENT_RECEIPT);

    assertEquals(
        """
        Dear Maria Georgiou,

        We would like to inform you that your payment, with payment number: PM000042 for \
        €50.00 has been successfully processed.

        Your current balance is: 1,234.56 and your outstanding amount is:350.00

        Should you need further assistance or any clarifications please do not hesitate to call \
        our call center at any time.

        AluxSat Co""",
        template.render(context("en", PAYMENT).build()));
    assertEquals(
        """
        Dear Maria Georgiou,

        We would like to inform you that your payment, with payment number: PM000042 for \
        €50,00 has been successfully processed.

        Your current balance is: 1.234,56 and your outstanding amount is:350,00

        Should you need further assistance or any clarifications please do not hesitate to call \
        our call center at any time.

        AluxSat Co""",
        template.render(context("el", PAYMENT).build()));
  }

  @Test
  void everySampleTemplateUsesOnlyCatalogueTags() {
    for (String template : new String[] {WELCOME, BILL_INFORMATION, PAYMENT_RECEIPT}) {
      assertEquals(List.of(), CompanyZx.CATALOGUE.check(parse(template), Set.of()), template);
    }
  }
}
