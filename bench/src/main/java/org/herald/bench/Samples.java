package org.herald.bench;

/** The message every delivery benchmark sends: the seed's payment receipt, by email and by SMS. */
public final class Samples {

  public static final String FROM = "herald@company-zx.com";
  public static final String TO = "maria.georgiou@example.com";
  public static final String SUBJECT = "Payment receipt PM000042";
  public static final String BODY =
      """
      Dear Maria Georgiou,

      We would like to inform you that your payment, with payment number: PM000042 for €50.00 \
      has been successfully processed.

      Your current balance is: 1,234.56 and your outstanding amount is: 350.00

      Should you need further assistance or any clarifications please do not hesitate to call our \
      call center at any time.

      AluxSat Co""";
  public static final String SMS =
      "Dear Maria, your payment PM000042 of EUR 50.00 was processed. Balance: 1,234.56.";
  public static final String PHONE = "+35799123456";

  private Samples() {}
}
