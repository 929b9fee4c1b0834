package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestCommunications.anSmsTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestContacts.primaryEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.Eventually;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Manual communications through the queue, JMS and SMTP to a real SMTP server (GreenMail on the
 * port the test domain is configured with): delivered, retried then rejected, expired unsent.
 */
class CommunicationDeliveryIT {

  @RegisterExtension static final TestMailServer smtpServer = new TestMailServer();

  private final HeraldClient api = HeraldClient.backOffice();

  /** Tests that take the SMTP server down bring a fresh one back up for the next. */
  @AfterEach
  void smtpServerIsUp() {
    if (!smtpServer.isRunning()) {
      smtpServer.start();
    }
  }

  @Test
  void aCompletedEmailIsDeliveredOverSmtpAndCompleted() throws Exception {
    String contact = aContact().create(api);
    String address =
        api.get("/contacts/" + contact)
            .json()
            .getJsonArray("emails")
            .getJsonObject(0)
            .getString("address");

    ApiResponse created =
        api.post(
            "/communications",
            anEmailTo(contact)
                .category("BILLING")
                .subject("Your bill BL-1001 is issued")
                .content("Dear customer, your bill BL-1001 of 42.00 must be settled by 30/11.")
                .build());

    assertEquals(201, created.status(), created::toString);
    String number = created.json().getString("number");
    assertTrue(number.matches("CM\\d{6}"), number);
    assertEquals(address, created.json().getString("recipient"), "defaults to the primary email");

    JsonObject queue = awaitQueueState(number, "COMPLETED");
    assertEquals(1, queue.getInt("attempts"));

    MimeMessage mail = smtpServer.receivedBy(address).get(0);
    assertEquals(address, mail.getRecipients(Message.RecipientType.TO)[0].toString());
    assertEquals("herald@herald.test", mail.getFrom()[0].toString());
    assertEquals("Your bill BL-1001 is issued", mail.getSubject());
    assertEquals(
        "Dear customer, your bill BL-1001 of 42.00 must be settled by 30/11.",
        GreenMailUtil.getBody(mail).trim());
    assertTrue(mail.getMessageID().contains(number), "Message-ID is derived from " + number);
  }

  @Test
  void theSameIdempotencyKeySendsOneEmail() {
    String contact = aContact().create(api);
    String address = primaryEmail(api, contact);
    String body = HeraldClient.json(anEmailTo(contact).subject("Once only").build());
    String key = "send-" + System.nanoTime();

    JsonObject made = api.postRaw("/communications", body, key).json();
    JsonObject again = api.postRaw("/communications", body, key).json();
    String first = made.getString("number");
    String second = again.getString("number");

    assertEquals(first, second);
    assertSameTimes(made, again);
    awaitQueueState(first, "COMPLETED");
    awaitNothingLeftToSend(contact);
    assertEquals(1, entriesOf(contact), "one communication queued");
    assertEquals(1, smtpServer.receivedBy(address).size());
  }

  /** Each time rounds one way or the other: several creates try both. */
  @Test
  void anIdempotentReplayAnswersTheSameTimesToTheDigit() {
    String contact = aContact().create(api);
    for (int i = 0; i < 8; i++) {
      String body = HeraldClient.json(anEmailTo(contact).subject("Replayed " + i).build());
      String key = "replay-" + i + "-" + System.nanoTime();

      JsonObject made = api.postRaw("/communications", body, key).json();
      JsonObject again = api.postRaw("/communications", body, key).json();

      assertEquals(made.getString("number"), again.getString("number"));
      assertSameTimes(made, again);
    }
  }

  /** The same answer to the digit: times as stored, not as the clock gave them when made. */
  private static void assertSameTimes(JsonObject made, JsonObject again) {
    for (String time : List.of("createdAt", "completedAt")) {
      assertEquals(made.getString(time), again.getString(time), time);
    }
    assertEquals(
        made.getJsonObject("queue").getString("expiresAt"),
        again.getJsonObject("queue").getString("expiresAt"),
        "queue.expiresAt");
  }

  @Test
  void anIdempotencyKeyReusedForAnotherCommunicationIsRefusedAndSendsNothingMore() {
    String contact = aContact().create(api);
    String key = "send-" + System.nanoTime();
    String body = HeraldClient.json(anEmailTo(contact).subject("First of its key").build());
    String other = HeraldClient.json(anEmailTo(contact).subject("Another under the key").build());

    ApiResponse first = api.postRaw("/communications", body, key);
    ApiResponse reused = api.postRaw("/communications", other, key);
    ApiResponse repeated = api.postRaw("/communications", body, key);

    assertEquals(201, first.status(), first::toString);
    assertEquals(422, reused.status(), reused::toString);
    assertEquals("urn:herald:problem:invalid-value", reused.json().getString("type"));
    assertEquals("IDEMPOTENCY_KEY_REUSED", reused.errorCode("Idempotency-Key"), reused::toString);
    assertEquals(201, repeated.status(), repeated::toString);
    String number = first.json().getString("number");
    assertEquals(number, repeated.json().getString("number"));
    awaitQueueState(number, "COMPLETED");
    assertEquals(
        1,
        Database.count(
            "SELECT COUNT(*) FROM communication c JOIN contact t ON t.id = c.contact_id"
                + " WHERE t.number = ?",
            contact),
        "one communication, so one email");
  }

  @Test
  void parallelRequestsWithOneIdempotencyKeyStillSendOneEmail() {
    String contact = aContact().create(api);
    String address = primaryEmail(api, contact);
    String body = HeraldClient.json(anEmailTo(contact).subject("Raced").build());
    String key = "race-" + System.nanoTime();

    List<ApiResponse> answers =
        IntStream.range(0, 6)
            .parallel()
            .mapToObj(i -> api.postRaw("/communications", body, key))
            .toList();

    Set<String> numbers =
        answers.stream()
            .peek(a -> assertTrue(a.status() == 201 || a.status() == 409, a::toString))
            .filter(a -> a.status() == 201)
            .map(a -> a.json().getString("number"))
            .collect(Collectors.toSet());
    assertEquals(1, numbers.size(), "every winner names the same communication");
    awaitQueueState(numbers.iterator().next(), "COMPLETED");
    awaitNothingLeftToSend(contact);
    assertEquals(1, entriesOf(contact), "one communication queued");
    assertEquals(1, smtpServer.receivedBy(address).size());
  }

  @Test
  void whileTheSmtpServerIsDownDeliveryIsRetriedThenRejectedWithItsReply() {
    smtpServer.stop();
    String contact = aContact().create(api);

    String number =
        api.post("/communications", anEmailTo(contact).subject("Never arrives").build())
            .json()
            .getString("number");

    // The test domain allows 3 attempts, 2 s then 4 s apart.
    JsonObject queue = awaitQueueState(number, "REJECTED");
    assertEquals(3, queue.getInt("attempts"));
    assertEquals("CONNECTION", queue.getString("errorCode"));
    // A sentence naming the server, not an exception's name (the exception is in the server log).
    assertEquals(
        "Connection refused by 127.0.0.1:" + System.getProperty("herald.it.smtp.port"),
        queue.getString("errorReason"));
    JsonObject communication = api.get("/communications/" + number).json();
    assertEquals("COMPLETED", communication.getString("status"), "the record is written");
    assertEquals("REJECTED", communication.getString("deliveryState"), "its delivery failed");
    assertEquals(
        3,
        Database.count(
            "SELECT COUNT(*) FROM queue_attempt a JOIN queue_entry q ON q.id = a.queue_entry_id"
                + " WHERE q.communication_number = ?",
            number),
        "every attempt is recorded");
  }

  @Test
  void anEntryThatExpiresBeforeItsRetryIsRejectedAndNeverSent() {
    smtpServer.stop();
    String contact = aContact().create(api);
    String address = primaryEmail(api, contact);

    String number =
        api.post(
                "/communications",
                anEmailTo(contact)
                    .subject("Offer ends soon")
                    .expiresAt(Instant.now().plusSeconds(1))
                    .build())
            .json()
            .getString("number");
    Eventually.await(Duration.ofSeconds(10), () -> queue(number), q -> q.getInt("attempts") == 1);
    smtpServer.start(); // back up before the retry (2 s later), which must not send it

    JsonObject queue = awaitQueueState(number, "REJECTED");
    assertEquals("EXPIRED", queue.getString("errorCode"));
    String later = sendAfterItsRetry(number, contact);
    assertEquals("REJECTED", queue(number).getString("state"));
    assertEquals(1, queue(number).getInt("attempts"));
    assertEquals(
        List.of(later), subjects(smtpServer.receivedBy(address)), "an expired entry is never sent");
  }

  @Test
  void anEntryWhoseNodeStoppedMidSendIsRejectedNotSentAgain() {
    String contact = aContact().create(api);
    String address = primaryEmail(api, contact);
    smtpServer.stop(); // keeps the entry pending between attempts, as if its send were in flight
    String number =
        api.post("/communications", anEmailTo(contact).build()).json().getString("number");
    Eventually.await(Duration.ofSeconds(10), () -> queue(number), q -> q.getInt("attempts") == 1);

    // A node claimed it an hour ago and was never heard of again.
    assertEquals(
        1,
        Database.execute(
            "UPDATE queue_entry SET claimed_by = 'stopped-node', claimed_at = now() - interval '1 hour'"
                + " WHERE communication_number = ?",
            number));
    smtpServer.start();

    JsonObject queue = awaitQueueState(number, "REJECTED");
    assertEquals("OUTCOME_UNKNOWN", queue.getString("errorCode"));
    String later = sendAfterItsRetry(number, contact);
    assertEquals(1, queue(number).getInt("attempts"));
    assertEquals(List.of(later), subjects(smtpServer.receivedBy(address)), "not sent again");
  }

  @Test
  void draftsAndIncomingCommunicationsAreLoggedNotQueued() {
    String contact = aContact().create(api);

    JsonObject draft = api.post("/communications", anEmailTo(contact).asDraft().build()).json();
    JsonObject incoming =
        api.post("/communications", anEmailTo(contact).incoming().subject("Question").build())
            .json();
    JsonObject call =
        api.post("/communications", anEmailTo(contact).medium("PHONE").subject(null).build())
            .json();

    assertEquals("DRAFT", draft.getString("status"));
    assertFalse(draft.containsKey("queue"));
    assertEquals("COMPLETED", incoming.getString("status"));
    assertFalse(incoming.containsKey("queue"));
    assertFalse(call.containsKey("queue"), "outgoing phone calls are logged only");
    assertEquals(
        0,
        Database.count(
            "SELECT COUNT(*) FROM queue_entry q JOIN communication c ON c.id = q.communication_id JOIN contact t ON t.id = c.contact_id WHERE t.number = ?",
            contact));
  }

  @Test
  void communicationsAreListedByContactDirectionMediumAndCategory() {
    String contact = aContact().create(api);
    api.post("/communications", anEmailTo(contact).category("BILLING").asDraft().build());
    api.post("/communications", anEmailTo(contact).category("INQUIRY").incoming().build());
    api.post("/communications", anSmsTo(contact).category("BILLING").asDraft().build());

    assertEquals(3, total("/communications?contact=" + contact));
    assertEquals(1, total("/communications?contact=" + contact + "&direction=INCOMING"));
    assertEquals(1, total("/communications?contact=" + contact + "&medium=SMS"));
    assertEquals(2, total("/communications?contact=" + contact + "&category=BILLING"));
    assertEquals(2, total("/communications?contact=" + contact + "&status=DRAFT"));
    JsonObject page =
        api.get("/communications?contact=" + contact + "&size=2&sort=number,desc").json();
    assertEquals(2, page.getJsonArray("items").size());
    String newest = page.getJsonArray("items").getJsonObject(0).getString("number");
    String older = page.getJsonArray("items").getJsonObject(1).getString("number");
    assertTrue(newest.compareTo(older) > 0);
    for (String field :
        List.of(
            "number",
            "createdAt",
            "completedAt",
            "medium",
            "direction",
            "status",
            "subject",
            "contact")) {
      ApiResponse sorted =
          api.get("/communications?contact=" + contact + "&sort=" + field + ",desc");
      assertEquals(200, sorted.status(), sorted::toString);
      assertEquals(3, sorted.json().getJsonArray("items").size(), field);
    }
  }

  private long total(String path) {
    return api.get(path).json().getJsonNumber("totalItems").longValue();
  }

  private JsonObject queue(String number) {
    JsonObject communication = api.get("/communications/" + number).json();
    return communication.getJsonObject("queue");
  }

  /**
   * Waits until no queue entry of {@code contact} is pending or claimed: every send for its
   * communications is over, and none can follow (only a pending entry is ever claimed and sent).
   */
  private static void awaitNothingLeftToSend(String contact) {
    Eventually.await(
        Duration.ofSeconds(30),
        () ->
            Database.count(
                "SELECT COUNT(*) FROM queue_entry WHERE contact_number = ?"
                    + " AND (state = 'PENDING' OR claimed_by IS NOT NULL)",
                contact),
        left -> left == 0);
  }

  private static long entriesOf(String contact) {
    return Database.count("SELECT COUNT(*) FROM queue_entry WHERE contact_number = ?", contact);
  }

  /**
   * Once the retry the entry {@code number} had scheduled is due (its recorded next attempt time is
   * past on the database's clock, which is the server's), sends the contact a later email and waits
   * until it is delivered and nothing of the contact is left to send: the dispatcher has handled
   * what was due before it, and the SMTP server was up. Answers the later email's subject.
   */
  private String sendAfterItsRetry(String number, String contact) {
    Eventually.await(
        Duration.ofSeconds(30),
        () ->
            Database.count(
                "SELECT COUNT(*) FROM queue_entry WHERE communication_number = ?"
                    + " AND next_attempt_at < now()",
                number),
        due -> due == 1);
    String subject = "After the retry of " + number;
    String later =
        api.post("/communications", anEmailTo(contact).subject(subject).build())
            .json()
            .getString("number");
    awaitQueueState(later, "COMPLETED");
    awaitNothingLeftToSend(contact);
    return subject;
  }

  private static List<String> subjects(List<MimeMessage> mails) {
    return mails.stream()
        .map(
            mail -> {
              try {
                return mail.getSubject();
              } catch (MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private JsonObject awaitQueueState(String number, String state) {
    return Eventually.await(
        Duration.ofSeconds(30),
        () -> queue(number),
        q -> q != null && state.equals(q.getString("state")));
  }
}
