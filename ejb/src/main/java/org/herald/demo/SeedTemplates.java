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

  // The seed's dynamic-link samples lost their tags in the text: each "following link:" (and the
  // "respective link below:") is followed by the matching #dynamic_link tag, as DESIGN.md says.
  public static final String SUBSCRIBE_IN =
      """
      We would like to welcome you to our company!
      As we respect your privacy, please let us know whether you would like to be included in our \
      mailing list. If you subscribe to our list, you will be receiving information related to all \
      new amazing offers. You will have the chance to unsubscribe from the service whenever you \
      please.
      If you would like to be included in our direct marketing list, please click on the following \
      link: #dynamic_link.opt_in_direct_marketing
      You also have the option to subscribe to our affiliate marketing list. If you select to \
      subscribe to this list then you will also be contacted with offers related to our distinct \
      partners.
      If you would like to be included in our affiliate marketing list, please click on the \
      following link: #dynamic_link.opt_in_affiliate_marketing
      Company ZX Co.""";

  public static final String SUBSCRIBE_OFF =
      """
      Dear #contact_information.name,
      If you would like to unsubscribe from our mailing lists, please click on the respective link \
      below:
      #dynamic_link.opt_out_direct_marketing
      #dynamic_link.opt_out_affiliate_marketing
      Company ZX Co.""";

  public static final String SERVICE_REQUEST_RESPONSE =
      """
      Dear #contact_information.name,

      We would like to inform you that your service request related to #service_request.type, \
      with number #service_request.number, has been successfully processed.

      Please review our response below and then click on the respective link, if you agree, so \
      that we can proceed with the resolution of your request.

      Response: #service_request.response_description

      Processed By: #service_request.responded_by

      Processed on: #service_request.response_date

      Click on the following link to accept the response: \
      #dynamic_link.service_request_response_acceptance

      Thank you for requesting our services. Should you need further assistance please do not \
      hesitate to call our call center at any time.

      AluxSat Co.""";

  private SeedTemplates() {}
}
