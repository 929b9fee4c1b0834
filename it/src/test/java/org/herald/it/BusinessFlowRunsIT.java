package org.herald.it;

import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestEntities.an;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.herald.api.event.ConditionDto;
import org.herald.api.notification.NewNotificationRunDto;
import org.herald.api.notification.NotificationTypeDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.Eventually;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestContacts;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The seed's Business Flow "Keeping subscribers in the loop", steps 3 and 4, over HTTP: a bill
 * sending run with the seed's "Bill information" template, and a financial notification type over
 * accounts receivable with the seed's "Accounts Receivable state and balance" template (the demo
 * data's {@code ACCOUNT_STATE}); Maria's emails carry the seed's text word for word and every
 * communication of both runs is completed in the queue. The financial type has the seed's
 * conditions, "outstanding amount equal or more than 0, due 1 day ago" (relative to the run's day):
 * only the matching accounts are notified, and the run counts only them.
 */
class BusinessFlowRunsIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();
  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private final HeraldClient api = HeraldClient.backOffice();

  private static final String BILL_INFORMATION =
      """
      Dear #bill.accounts_receivable.name,

      We would like to inform you that your bill: #bill.number has been issued and must be \
      settled by #bill.due_date.
      Bill's owed amount:#bill.total_amount_to_be_paid
      Company ZX Co.""";

  @Test
  void aBillSendingRunAndTheFinancialNotificationTypeReachMariaWordForWord() {
    String maria = aContact().named("Maria Georgiou").speaking("en").create(api);
    String address = TestContacts.primaryEmail(api, maria);
    LocalDate today = LocalDate.now();
    String account =
        an("accounts_receivable", "AR")
            .with("name", "Maria Georgiou")
            .with("balance", "1234.56")
            .with("outstanding_amount", "350.00")
            .with("due_date", today.minusDays(1).toString())
            .with("currency", "EUR")
            .with("contact", maria)
            .put(api);
    // Not matching: due today, not 1 day ago; in credit (owing less than 0), though due then.
    String nikos = aContact().named("Nikos Ioannou").speaking("en").create(api);
    an("accounts_receivable", "AR")
        .with("name", "Nikos Ioannou")
        .with("outstanding_amount", "80.00")
        .with("due_date", today.toString())
        .with("contact", nikos)
        .put(api);
    an("accounts_receivable", "AR")
        .with("name", "Nikos Ioannou")
        .with("outstanding_amount", "-20.00")
        .with("due_date", today.minusDays(1).toString())
        .with("contact", nikos)
        .put(api);
    String bill =
        an("bill", "BL")
            .with("due_date", "2026-11-30")
            .with("total_amount_to_be_paid", "1480.20")
            .with("accounts_receivable", account)
            .put(api);

    // Step 3: the bill sending run, its template by medium (email here).
    String billTemplate =
        anEmailTemplate()
            .named("Bill information")
            .forNotificationsOf("bill")
            .referringTo("bill")
            .in("en", "Your bill #bill.number", BILL_INFORMATION)
            .create(api);
    JsonObject billRun = completedRun(type("BILL_SENDING", billTemplate, null));
    assertSent(
        billRun,
        bill,
        address,
        """
        Dear Maria Georgiou,

        We would like to inform you that your bill: %s has been issued and must be settled by \
        30/11/2026.
        Bill's owed amount:1,480.20
        Company ZX Co."""
            .formatted(bill));

    // Step 4: the financial notification type, item accounts receivable, with the seed's
    // conditions: outstanding amount equal or more than 0, due 1 day ago.
    JsonObject stateRun =
        completedRun(
            type(
                "ACCOUNTS_RECEIVABLE_STATE",
                "ACCOUNT_STATE",
                List.of(
                    new ConditionDto("accounts_receivable.outstanding_amount", "MORE_THAN", "0"),
                    new ConditionDto("accounts_receivable.due_date", "EQUALS", "today-1"))));
    // Only the matching ones: Maria's account (no other account is due 1 day ago by this test's
    // data), read and sent once; Nikos's two are not even candidates.
    assertEquals(1, stateRun.getJsonNumber("candidates").longValue(), stateRun.toString());
    assertEquals(1, stateRun.getJsonNumber("created").longValue(), stateRun.toString());
    assertEquals(
        List.of(account),
        Database.texts(
            "SELECT e.number FROM communication c JOIN notification_run r"
                + " ON r.id = c.notification_run_id JOIN referring_entity e"
                + " ON e.id = c.notification_item_id WHERE r.number = ?",
            stateRun.getString("number")));
    assertSent(
        stateRun,
        account,
        address,
        """
        Dear Maria Georgiou,

        We would like to inform you that your account: %s, has 350.00.

        Please proceed with settling your outstanding amount as soon as possible to avoid \
        deactivation of your services.

        Should you need more information please do not hesitate to call our Call Centre at any \
        time.

        If you have already settled your balance, please ignore this email.

        Company ZX Co."""
            .formatted(account));

    for (JsonObject run : List.of(billRun, stateRun)) {
      JsonObject delivered =
          Eventually.await(
              TIMEOUT,
              () -> api.get("/notification-runs/" + run.getString("number")).json(),
              now -> now.getJsonObject("delivery").getJsonNumber("pending").longValue() == 0);
      assertEquals(
          run.getJsonNumber("created").longValue(),
          delivered.getJsonObject("delivery").getJsonNumber("delivered").longValue(),
          "every communication completed in the queue: " + delivered);
    }
    assertEquals(2, MAIL.awaitReceived(address, 2).size());
  }

  private String type(String topic, String template, List<ConditionDto> conditions) {
    String code = NotificationTypeApiIT.code();
    ApiResponse created =
        api.post(
            "/notification-types",
            new NotificationTypeDto(
                code,
                topic,
                "FINANCIAL",
                topic,
                null,
                List.of(template),
                null,
                null,
                null,
                null,
                conditions,
                null,
                null,
                null));
    assertEquals(201, created.status(), created.toString());
    return code;
  }

  private JsonObject completedRun(String type) {
    ApiResponse started = api.post("/notification-runs", new NewNotificationRunDto(type, null));
    assertEquals(201, started.status(), started.toString());
    String number = started.json().getString("number");
    return Eventually.await(
        TIMEOUT,
        () -> api.get("/notification-runs/" + number).json(),
        run -> run.getString("state").equals("COMPLETED"));
  }

  /** The run's one communication for the item: the text, to the address, completed when sent. */
  private void assertSent(JsonObject run, String item, String address, String text) {
    String communication =
        Database.text(
            "SELECT c.number FROM communication c JOIN notification_run r"
                + " ON r.id = c.notification_run_id JOIN referring_entity e"
                + " ON e.id = c.notification_item_id WHERE r.number = ? AND e.number = ?",
            run.getString("number"),
            item);
    JsonObject sent =
        Eventually.await(
            TIMEOUT,
            () -> api.get("/communications/" + communication).json(),
            now -> now.getJsonObject("queue").getString("state").equals("COMPLETED"));
    assertEquals(text, sent.getString("content"));
    assertEquals(address, sent.getString("recipient"));
    assertEquals("FINANCIAL", sent.getString("classification"));
    assertTrue(sent.getJsonArray("referringEntities").toString().contains(item), sent.toString());
  }
}
