package org.herald.it;

import static org.herald.it.support.TestContacts.aBareContact;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestEntities.an;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.herald.api.event.ConditionDto;
import org.herald.api.notification.NewNotificationRunDto;
import org.herald.api.notification.NotificationTypeDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.Eventually;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestDomain;
import org.herald.it.support.TestEntities;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notification runs through HTTP on PostgreSQL: a run over a few hundred accounts receivable (the
 * test domain sends chunks of 20) completes with exact counts and each of its emails delivered;
 * data protection skips and counts opted-out contacts; a paused run resumes from its checkpoint; a
 * run left RUNNING by a stopped node is resumed at start-up; nothing is made twice.
 */
class NotificationRunIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);
  private final HeraldClient api = HeraldClient.backOffice();

  /**
   * 200 accounts receivable under one prefix: 80 of 20 contacts opted in to direct marketing, 80 of
   * 20 opted out, 20 of 5 contacts with no address, 20 with no contact.
   */
  private record Accounts(String prefix) {

    String like() {
      return prefix + "%";
    }
  }

  private Accounts accounts() {
    String prefix = "R" + UUID.randomUUID().toString().substring(0, 6) + "-";
    for (int c = 0; c < 20; c++) {
      String in = aContact().named("In " + c).optedIn(true, false).create(api);
      String out = aContact().named("Out " + c).optedIn(false, false).create(api);
      for (int a = 0; a < 4; a++) {
        account(prefix, in);
        account(prefix, out);
      }
    }
    for (int c = 0; c < 5; c++) {
      String bare = aBareContact().named("Bare " + c).create(api);
      for (int a = 0; a < 4; a++) {
        account(prefix, bare);
      }
    }
    for (int a = 0; a < 20; a++) {
      account(prefix, null);
    }
    return new Accounts(prefix);
  }

  private void account(String prefix, String contact) {
    TestEntities account =
        an("accounts_receivable", prefix)
            .with("name", "Account of " + (contact == null ? "nobody" : contact))
            .with("outstanding_amount", "12.50");
    if (contact != null) {
      account.with("contact", contact);
    }
    account.put(api);
  }

  private String type(String dataProtection) {
    return type(dataProtection, null, null);
  }

  private String type(String dataProtection, List<ConditionDto> conditions, List<String> segments) {
    String code = NotificationTypeApiIT.code();
    ApiResponse created =
        api.post(
            "/notification-types",
            new NotificationTypeDto(
                code,
                "Outstanding amounts",
                "FINANCIAL",
                "ACCOUNTS_RECEIVABLE_STATE",
                null,
                List.of(NotificationTypeApiIT.arEmailTemplate(api)),
                null,
                null,
                "P3D",
                dataProtection,
                conditions,
                segments,
                null,
                null));
    assertEquals(201, created.status(), created.toString());
    return code;
  }

  private String start(String type) {
    ApiResponse started = api.post("/notification-runs", new NewNotificationRunDto(type, null));
    assertEquals(201, started.status(), started.toString());
    assertTrue(
        started.header("Location").orElseThrow().endsWith(started.json().getString("number")));
    return started.json().getString("number");
  }

  private JsonObject run(String number) {
    return api.get("/notification-runs/" + number).json();
  }

  private JsonObject awaitState(String number, String state) {
    return Eventually.await(
        RUN_TIMEOUT, () -> run(number), run -> run.getString("state").equals(state));
  }

  private static long accountsReceivable() {
    return Database.count(
        "SELECT COUNT(*) FROM referring_entity WHERE type = 'accounts_receivable'");
  }

  /** The run's communications for accounts under the prefix. */
  private static long made(String run, Accounts accounts) {
    return Database.count(
        "SELECT COUNT(*) FROM communication c JOIN notification_run r ON r.id = c.notification_run_id"
            + " JOIN referring_entity e ON e.id = c.notification_item_id"
            + " WHERE r.number = ? AND e.number LIKE ?",
        run,
        accounts.like());
  }

  /** Communications of the run beyond one per (item, contact, medium): must be none. */
  private static long twice(String run) {
    return Database.count(
        "SELECT COUNT(*) - COUNT(DISTINCT (c.notification_item_id, c.contact_id, c.medium))"
            + " FROM communication c JOIN notification_run r ON r.id = c.notification_run_id"
            + " WHERE r.number = ?",
        run);
  }

  private static long allMade(String run) {
    return Database.count(
        "SELECT COUNT(*) FROM communication c JOIN notification_run r ON r.id = c.notification_run_id"
            + " WHERE r.number = ?",
        run);
  }

  private static void assertAccountedFor(JsonObject run, long candidates) {
    assertEquals(candidates, run.getJsonNumber("candidates").longValue(), run.toString());
    assertEquals(
        candidates,
        run.getJsonNumber("created").longValue()
            + run.getJsonNumber("skippedConsent").longValue()
            + run.getJsonNumber("skippedNoAddress").longValue()
            + run.getJsonNumber("failed").longValue(),
        "each item once, with one template: " + run);
    assertEquals(allMade(run.getString("number")), run.getJsonNumber("created").longValue());
    assertEquals(0, twice(run.getString("number")));
  }

  @Test
  void aRunOverAccountsReceivableCompletesWithExactCountsAndEveryEmailDelivered() {
    Accounts accounts = accounts();
    String type = type(null);
    long candidates = accountsReceivable();

    String number = start(type);
    JsonObject done = awaitState(number, "COMPLETED");

    assertAccountedFor(done, candidates);
    // Data protection off: opted-out contacts are sent too; 40 accounts have no address.
    assertEquals(160, made(number, accounts));
    assertTrue(done.getJsonNumber("skippedNoAddress").longValue() >= 40, done.toString());
    assertEquals(0, done.getJsonNumber("skippedConsent").longValue());
    assertTrue(done.containsKey("finishedAt"));

    String communication =
        Database.text(
            "SELECT c.number FROM communication c JOIN notification_run r"
                + " ON r.id = c.notification_run_id JOIN referring_entity e"
                + " ON e.id = c.notification_item_id WHERE r.number = ? AND e.number LIKE ?"
                + " ORDER BY c.id LIMIT 1",
            number,
            accounts.like());
    JsonObject sent = api.get("/communications/" + communication).json();
    assertEquals("NOTIFICATION_RUN", sent.getString("origin"));
    assertEquals("FINANCIAL", sent.getString("classification"));
    assertTrue(
        sent.getString("content").matches("Dear Account of CT\\d+, you owe 12\\.50\\."),
        sent.getString("content"));
    // The type's expiry, P3D after the communication was made, is the queue entry's.
    Instant expires = Instant.parse(sent.getJsonObject("queue").getString("expiresAt"));
    Instant made = Instant.parse(sent.getString("createdAt"));
    assertEquals(made.plus(Duration.ofDays(3)), expires, sent.toString());

    JsonObject delivered =
        Eventually.await(
            RUN_TIMEOUT,
            () -> run(number),
            run -> run.getJsonObject("delivery").getJsonNumber("pending").longValue() == 0);
    assertEquals(
        done.getJsonNumber("created").longValue(),
        delivered.getJsonObject("delivery").getJsonNumber("delivered").longValue(),
        delivered.toString());

    assertEquals(409, api.post("/notification-runs/" + number + "/resume", null).status());
    assertEquals(409, api.post("/notification-runs/" + number + "/cancel", null).status());
    JsonObject listed =
        api.get("/notification-runs?notificationType=" + type + "&state=COMPLETED").json();
    assertEquals(1, listed.getJsonNumber("totalItems").longValue());
    assertEquals(number, listed.getJsonArray("items").getJsonObject(0).getString("number"));
  }

  @Test
  void dataProtectionSkipsAndCountsContactsNotOptedIn() {
    Accounts accounts = accounts();
    String number = start(type("DIRECT_MARKETING"));
    JsonObject done = awaitState(number, "COMPLETED");

    assertAccountedFor(done, done.getJsonNumber("candidates").longValue());
    assertEquals(80, made(number, accounts));
    assertTrue(done.getJsonNumber("skippedConsent").longValue() >= 80, done.toString());
  }

  @Test
  void aPausedRunResumesFromItsCheckpointWithNothingLostAndNothingTwice() {
    Accounts accounts = accounts();
    long candidates = accountsReceivable();
    String number = start(type(null));

    ApiResponse paused = api.post("/notification-runs/" + number + "/pause", null);
    assertEquals(200, paused.status(), paused.toString());
    assertEquals("PAUSED", paused.json().getString("state"));
    // The chunk under way commits, then the job stops: what was made and what was counted agree.
    JsonObject held =
        Eventually.await(
            RUN_TIMEOUT,
            () -> run(number),
            run -> allMade(number) == run.getJsonNumber("created").longValue());
    assertTrue(held.getJsonNumber("candidates").longValue() < candidates, held.toString());
    assertEquals(409, api.post("/notification-runs/" + number + "/pause", null).status());

    ApiResponse resumed = api.post("/notification-runs/" + number + "/resume", null);
    assertEquals(200, resumed.status(), resumed.toString());
    JsonObject done = awaitState(number, "COMPLETED");

    assertAccountedFor(done, candidates);
    assertEquals(160, made(number, accounts));
  }

  @Test
  void aRunLeftRunningByAStoppedNodeIsResumedAtStartUpWithNothingTwice() {
    Accounts accounts = accounts();
    long candidates = accountsReceivable();
    String number = start(type(null));
    assertEquals(200, api.post("/notification-runs/" + number + "/pause", null).status());
    Eventually.await(
        RUN_TIMEOUT,
        () -> run(number),
        run -> allMade(number) == run.getJsonNumber("created").longValue());
    // As a node killed mid-run leaves it: RUNNING, with no execution alive anywhere.
    assertEquals(
        1,
        Database.execute("UPDATE notification_run SET state = 'RUNNING' WHERE number = ?", number));

    TestDomain.redeploy();

    JsonObject done = awaitState(number, "COMPLETED");
    assertAccountedFor(done, candidates);
    assertEquals(160, made(number, accounts));
  }

  /** An account of the contact (or of nobody) named {@code name}, owing {@code outstanding}. */
  private String namedAccount(String name, String contact, String outstanding) {
    TestEntities account = an("accounts_receivable", "RN").with("name", name);
    if (outstanding != null) {
      account.with("outstanding_amount", outstanding);
    }
    if (contact != null) {
      account.with("contact", contact);
    }
    return account.put(api);
  }

  /** The items of the run's communications, by number. */
  private static List<String> notified(String run) {
    return Database.texts(
        "SELECT e.number FROM communication c JOIN notification_run r"
            + " ON r.id = c.notification_run_id JOIN referring_entity e"
            + " ON e.id = c.notification_item_id WHERE r.number = ? ORDER BY e.number",
        run);
  }

  @Test
  void theTypesConditionsNarrowTheRunToTheItemsForWhichEveryOneHolds() {
    String name = "Narrowed " + UUID.randomUUID();
    String contact = aContact().create(api);
    // "More than" is inclusive: 100.00 is in, 99.99 is not; an account owing nothing said is out.
    String hundred = namedAccount(name, contact, "100.00");
    String more = namedAccount(name, contact, "250.00");
    namedAccount(name, contact, "99.99");
    namedAccount(name, contact, null);
    namedAccount("Other " + name, contact, "500.00");
    String type =
        type(
            null,
            List.of(
                new ConditionDto("accounts_receivable.name", "EQUALS", name),
                new ConditionDto("accounts_receivable.outstanding_amount", "MORE_THAN", "100")),
            null);

    String number = start(type);
    JsonObject done = awaitState(number, "COMPLETED");

    assertAccountedFor(done, 2);
    assertEquals(2, done.getJsonNumber("created").longValue(), done.toString());
    assertEquals(Stream.of(hundred, more).sorted().toList(), notified(number));
  }

  @Test
  void theTypesSegmentsNarrowTheRunToItemsWhoseContactIsInOne() {
    String name = "Segmented " + UUID.randomUUID();
    String first = aContact().create(api);
    String second = aContact().create(api);
    String outside = aContact().create(api);
    String segment = "SG_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertEquals(
        201,
        api.post("/segments", Map.of("code", segment, "name", "Run", "kind", "STATIC")).status());
    assertEquals(
        200,
        api.post("/segments/" + segment + "/members", Map.of("contacts", List.of(first, second)))
            .status());
    String ofFirst = namedAccount(name, first, "10.00");
    String ofSecond = namedAccount(name, second, "10.00");
    namedAccount(name, outside, "10.00");
    namedAccount(name, null, "10.00");
    String type =
        type(
            null,
            List.of(new ConditionDto("accounts_receivable.name", "EQUALS", name)),
            List.of(segment));

    String number = start(type);
    JsonObject done = awaitState(number, "COMPLETED");

    assertAccountedFor(done, 2);
    assertEquals(2, done.getJsonNumber("created").longValue(), done.toString());
    assertEquals(Stream.of(ofFirst, ofSecond).sorted().toList(), notified(number));
  }

  @Test
  void anUnknownTypeIsNamedAndAnUnknownRunIsNotFound() {
    ApiResponse refused =
        api.post("/notification-runs", new NewNotificationRunDto("NO_SUCH_TYPE", null));
    assertEquals(422, refused.status(), refused.toString());
    assertEquals("UNKNOWN_NOTIFICATION_TYPE", refused.errorCode("notificationType"));
    assertEquals(404, api.get("/notification-runs/NR999999999").status());
    assertEquals(404, api.post("/notification-runs/NR999999999/pause", null).status());
  }
}
