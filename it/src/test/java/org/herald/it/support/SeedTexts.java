package org.herald.it.support;

import static org.herald.it.support.TestEntities.an;

/**
 * The seed's business-flow messages as Maria Georgiou receives them, word for word, for her
 * accounts receivable as {@link #account} syncs it (balance 1,234.56, outstanding 350.00).
 */
public final class SeedTexts {

  private SeedTexts() {}

  /** Syncs Maria's accounts receivable and answers its number. */
  public static String account(HeraldClient api) {
    return an("accounts_receivable", "AR")
        .with("name", "Maria Georgiou")
        .with("balance", "1234.56")
        .with("outstanding_amount", "350.00")
        .with("currency", "EUR")
        .put(api);
  }

  /** The welcome email for a subscription with Fibre 100, TV Premium and a Router ZX-1. */
  public static String welcome(String subscription, String account) {
    return """
        Dear Maria Georgiou,
        We would like to welcome you to our company.
        Your subscription %1$s is now activated for the following services: Fibre 100, TV Premium
        The following installed items are used: Router ZX-1
        Your subscription %1$s will be paid by account %2$s.
        Your current account balance is 1,234.56
        Company ZX Co."""
        .formatted(subscription, account);
  }

  /** The payment receipt for a payment of 50.00. */
  public static String paymentReceipt(String payment) {
    return """
        Dear Maria Georgiou,

        We would like to inform you that your payment, with payment number: %s for €50.00 has \
        been successfully processed.

        Your current balance is: 1,234.56 and your outstanding amount is:350.00

        Should you need further assistance or any clarifications please do not hesitate to call \
        our call center at any time.

        AluxSat Co"""
        .formatted(payment);
  }
}
