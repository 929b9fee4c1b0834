package org.herald.demo;

/**
 * The seed's "Keeping subscribers in the loop" templates of Company ZX, word for word: what the
 * demo data offers and what the tests and benchmarks render.
 */
public final class SeedTemplates {

  // The seed's text lost the tags after "services:" and "items are used:" (as its dynamic-link
  // samples lost theirs); the subscription's two collections are what those lines list.
  public static final String WELCOME =
      """
      Dear #subscription.accounts_receivable.name,
      We would like to welcome you to our company.
      Your subscription #subscription.number is now activated for the following services: \
      #subscription.services
      The following installed items are used: #subscription.installed_items
      Your subscription #subscription.number will be paid by account \
      #subscription.accounts_receivable.number.
      Your current account balance is #subscription.accounts_receivable.balance
      Company ZX Co.""";

  public static final String BILL_INFORMATION =
      """
      Dear #bill.accounts_receivable.name,

      We would like to inform you that your bill: #bill.number has been issued and must be \
      settled by #bill.due_date.
      Bill's owed amount:#bill.total_amount_to_be_paid
      Company ZX Co.""";

  public static final String ACCOUNT_STATE =
      """
      Dear #notification.accounts_receivable.name,

      We would like to inform you that your account: #notification.accounts_receivable.number, \
      has #notification.accounts_receivable.outstanding_amount.

      Please proceed with settling your outstanding amount as soon as possible to avoid \
      deactivation of your services.

      Should you need more information please do not hesitate to call our Call Centre at any time.

      If you have already settled your balance, please ignore this email.

      Company ZX Co.""";

  public static final String PAYMENT_RECEIPT =
      """
      Dear #payment.accounts_receivable.name,

      We would like to inform you that your payment, with payment number: #payment.number for \
      €#payment.amount has been successfully processed.

      Your current balance is: #payment.accounts_receivable.balance and your outstanding amount \
      is:#payment.accounts_receivable.outstanding_amount

      Should you need further assistance or any clarifications please do not hesitate to call our \
      call center at any time.

      AluxSat Co""";

  private SeedTemplates() {}
}
