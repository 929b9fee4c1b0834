package org.herald.it;

import static org.herald.it.support.TestCommunications.anSmsTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestTemplates.anSmsTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.herald.channel.smpp.SmscSimulator;
import org.herald.channel.smpp.SmscSimulator.Submitted;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.Eventually;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestContacts;
import org.herald.it.support.TestSecrets;
import org.herald.it.support.TestSmsc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SMS through the deployed server to a jsmpp SMSC simulator on the port the test domain uses: the
 * entry waits, pending, for the SMSC's delivery receipt, which completes or rejects it.
 */
class SmsDeliveryIT {

  private static SmscSimulator smsc;

  private final HeraldClient api = HeraldClient.backOffice();

  @BeforeAll
  static void startSmsc() {
    smsc = TestSmsc.start();
  }

  @AfterAll
  static void stopSmsc() throws Exception {
    smsc.close();
  }

  @Test
  void anSmsToThePrimaryMobileIsCompletedByItsDeliveryReceipt() throws Exception {
    String contact = aContact().create(api);
    String mobile = TestContacts.primaryMobile(api, contact);

    JsonObject sms =
        api.post("/communications", anSmsTo(contact).content("Your code is 4321").build()).json();
    assertEquals(mobile, sms.getString("recipient"));

    Submitted submitted = awaitSubmitted(mobile, 1).get(0);
    assertEquals("Your code is 4321", submitted.text());
    // The SMSC binds only with its password, which Herald stores sealed and opened to bind.
    String stored = Database.text("SELECT smpp_password FROM general_settings");
    assertTrue(stored.startsWith(TestSecrets.sealedPrefix()), "sealed with herald.secrets.key");
    assertEquals("secret", TestSecrets.open(stored));
    assertEquals(0, submitted.dataCoding(), "GSM 7-bit");
    JsonObject waiting = awaitQueue(sms.getString("number"), q -> q.getBoolean("awaitingReceipt"));
    assertEquals("PENDING", waiting.getString("state"), "accepted, awaiting the receipt");
    assertEquals(1, waiting.getInt("parts"));

    smsc.sendReceipt(submitted.messageId(), "DELIVRD", "000");
    awaitQueue(sms.getString("number"), q -> q.getString("state").equals("COMPLETED"));
  }

  @Test
  void aLongGreekSmsGoesInConcatenatedUcs2Parts() throws Exception {
    String contact = aContact().speaking("el").create(api);
    String mobile = TestContacts.primaryMobile(api, contact);
    String text =
        "Αγαπητέ πελάτη, ο λογαριασμός σας εκδόθηκε και πρέπει να εξοφληθεί έως τις 30/11."
            + " Υπόλοιπο: 42,00 €. Ευχαριστούμε, Company ZX.";

    String number =
        api.post("/communications", anSmsTo(contact).content(text).build())
            .json()
            .getString("number");

    List<Submitted> parts = awaitSubmitted(mobile, 2);
    assertTrue(parts.stream().allMatch(p -> p.dataCoding() == 8 && p.udhi()), "UCS-2 with UDH");
    assertEquals(parts.size(), parts.get(0).total());
    // The simulator reassembles after answering the last part: wait for it, not for the submit.
    Eventually.await(Duration.ofSeconds(10), smsc::messages, texts -> texts.contains(text));
    assertEquals(
        parts.size(), awaitQueue(number, q -> q.getBoolean("awaitingReceipt")).getInt("parts"));
    for (Submitted part : parts) {
      smsc.sendReceipt(part.messageId(), "DELIVRD", "000");
    }
    awaitQueue(number, q -> q.getString("state").equals("COMPLETED"));
  }

  @Test
  void anUndeliverableSmsIsRejectedWithTheSmscsErrorCode() throws Exception {
    String contact = aContact().create(api);
    String mobile = TestContacts.primaryMobile(api, contact);
    String number =
        api.post("/communications", anSmsTo(contact).content("Hello").build())
            .json()
            .getString("number");

    Submitted submitted = awaitSubmitted(mobile, 1).get(0);
    awaitQueue(number, q -> q.getBoolean("awaitingReceipt"));
    smsc.sendReceipt(submitted.messageId(), "UNDELIV", "005");

    JsonObject queue = awaitQueue(number, q -> q.getString("state").equals("REJECTED"));
    assertEquals("005", queue.getString("errorCode"));
  }

  @Test
  void anAcceptedSmsWhoseReceiptNeverComesIsCompletedWithANote() {
    String contact = aContact().create(api);
    String number =
        api.post("/communications", anSmsTo(contact).content("No receipt").build())
            .json()
            .getString("number");
    awaitQueue(number, q -> q.getBoolean("awaitingReceipt"));

    // The test domain waits 8 s for a receipt.
    JsonObject queue = awaitQueue(number, q -> q.getString("state").equals("COMPLETED"));
    assertEquals("NO_RECEIPT", queue.getString("errorCode"));
  }

  @Test
  void aTestSendOfAnSmsTemplateReachesTheSmscInTheContactsLanguage() throws Exception {
    String contact = aContact().named("Μαρία").speaking("el").create(api);
    String template =
        anSmsTemplate()
            .in("en", null, "Hello #contact_information.name")
            .in("el", null, "Γεια σου #contact_information.name")
            .create(api);
    String to = "+35799" + (100000 + (int) (Math.random() * 899999));

    ApiResponse sent =
        api.post("/templates/" + template + "/test-send", Map.of("to", to, "contact", contact));

    assertEquals(200, sent.status(), sent::toString);
    assertTrue(sent.json().getBoolean("delivered"), sent::toString);
    assertEquals("Γεια σου Μαρία", awaitSubmitted(to, 1).get(0).text());
  }

  private static List<Submitted> awaitSubmitted(String destination, int atLeast) {
    return TestSmsc.awaitSubmitted(smsc, destination, atLeast);
  }

  private JsonObject awaitQueue(String number, java.util.function.Predicate<JsonObject> done) {
    return Eventually.await(
        Duration.ofSeconds(20),
        () -> api.get("/communications/" + number).json().getJsonObject("queue"),
        q -> q != null && done.test(q));
  }
}
