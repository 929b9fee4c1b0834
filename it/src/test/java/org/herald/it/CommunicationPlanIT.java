package org.herald.it;

import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestSegments.aStaticSegmentOf;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.herald.it.support.TestTemplates.anSmsTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.herald.api.notification.CommunicationPlanDto;
import org.herald.api.notification.NewPlanRunDto;
import org.herald.channel.smpp.SmscSimulator;
import org.herald.channel.smpp.SmscSimulator.Submitted;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.Eventually;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.PullingSystem;
import org.herald.it.support.TestContacts;
import org.herald.it.support.TestMailServer;
import org.herald.it.support.TestSmsc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Communication plans (the seed's business feature) through HTTP: a personalised mass email to the
 * contacts of a segment, sent by a notification run whose items are the contacts. Marketing by
 * default, so contacts not opted in are skipped and counted; contacts outside the segments get
 * nothing; a paused and resumed plan run sends exactly one email per contact; the text arrives at
 * the SMTP server personalised. A plan that overrides preferences reaches contacts not opted in and
 * its run and communications say so; its communications and queue entries inherit its expiry. An
 * SMS plan's texts reach the SMSC simulator; an external system pulls its plan's entries with its
 * own key, never an expired one.
 */
class CommunicationPlanIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();
  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private final HeraldClient api = HeraldClient.backOffice();

  private static final String OFFER =
      """
      Dear #contact_information.name,

      Spring is here: 20% off every plan until the end of the month.
      Company ZX Co.""";

  static String code(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private String staticSegment(List<String> contacts) {
    return staticSegment(api, contacts);
  }

  /** A static segment of these contacts, made over the API. */
  static String staticSegment(HeraldClient api, List<String> contacts) {
    String segment = code("SG_");
    assertEquals(
        201,
        api.post("/segments", Map.of("code", segment, "name", "Plan", "kind", "STATIC")).status());
    ApiResponse added = api.post("/segments/" + segment + "/members", Map.of("contacts", contacts));
    assertEquals(200, added.status(), added.toString());
    return segment;
  }

  private String offerTemplate() {
    return anEmailTemplate().named("Spring offer").in("en", "Spring offer", OFFER).create(api);
  }

  private String plan(String classification, String template, List<String> segments) {
    return plan(
        new CommunicationPlanDto(
            code("CP_"),
            "Spring offer",
            classification,
            List.of(template),
            null,
            segments,
            null,
            null,
            null,
            null,
            null));
  }

  private String plan(CommunicationPlanDto plan) {
    ApiResponse created = api.post("/communication-plans", plan);
    assertEquals(201, created.status(), created.toString());
    assertTrue(
        created.header("Location").orElseThrow().endsWith("/communication-plans/" + plan.code()));
    return plan.code();
  }

  private String send(String plan) {
    ApiResponse started =
        api.post("/communication-plans/" + plan + "/runs", new NewPlanRunDto(null));
    assertEquals(201, started.status(), started.toString());
    JsonObject run = started.json();
    assertEquals(plan, run.getString("communicationPlan"));
    assertTrue(
        started
            .header("Location")
            .orElseThrow()
            .endsWith("/notification-runs/" + run.getString("number")));
    return run.getString("number");
  }

  private JsonObject awaitState(String number, String state) {
    return Eventually.await(
        TIMEOUT,
        () -> api.get("/notification-runs/" + number).json(),
        run -> run.getString("state").equals(state));
  }

  /** The contacts the run's communications went to, by number. */
  private static List<String> reached(String run) {
    return Database.texts(
        "SELECT ct.number FROM communication c JOIN notification_run r"
            + " ON r.id = c.notification_run_id JOIN contact ct ON ct.id = c.contact_id"
            + " WHERE r.number = ? ORDER BY ct.number",
        run);
  }

  /** The run's communications, by number. */
  private static List<String> communications(String run) {
    return Database.texts(
        "SELECT c.number FROM communication c JOIN notification_run r"
            + " ON r.id = c.notification_run_id WHERE r.number = ? ORDER BY c.number",
        run);
  }

  private static long made(String run) {
    return Database.count(
        "SELECT COUNT(*) FROM communication c JOIN notification_run r"
            + " ON r.id = c.notification_run_id WHERE r.number = ?",
        run);
  }

  /** Communications of the run beyond one per (contact, medium): must be none. */
  private static long twice(String run) {
    return Database.count(
        "SELECT COUNT(*) - COUNT(DISTINCT (c.contact_id, c.medium)) FROM communication c"
            + " JOIN notification_run r ON r.id = c.notification_run_id WHERE r.number = ?",
        run);
  }

  @Test
  void aMarketingPlanReachesTheSegmentsOptedInContactsWithTheirOwnTextAndCountsTheRest()
      throws Exception {
    String maria = aContact().named("Maria Georgiou").optedIn(true, false).create(api);
    String anna = aContact().named("Anna Pappa").optedIn(true, false).create(api);
    String optedOut = aContact().named("Kostas Out").optedIn(false, false).create(api);
    String outside = aContact().named("Eleni Outside").optedIn(true, false).create(api);
    String segment = staticSegment(List.of(maria, anna, optedOut));
    String plan = plan(null, offerTemplate(), List.of(segment));
    assertEquals(
        "DIRECT_MARKETING",
        api.get("/communication-plans/" + plan).json().getString("classification"));

    String number = send(plan);
    JsonObject done = awaitState(number, "COMPLETED");

    // The segment's three are the candidates; the opted-out one is skipped and counted.
    assertEquals(3, done.getJsonNumber("candidates").longValue(), done.toString());
    assertEquals(2, done.getJsonNumber("created").longValue(), done.toString());
    assertEquals(1, done.getJsonNumber("skippedConsent").longValue(), done.toString());
    assertEquals(List.of(anna, maria).stream().sorted().toList(), reached(number));

    MimeMessage mail = MAIL.awaitReceived(TestContacts.primaryEmail(api, maria), 1).get(0);
    assertEquals("Spring offer", mail.getSubject());
    assertEquals(
        """
        Dear Maria Georgiou,

        Spring is here: 20% off every plan until the end of the month.
        Company ZX Co.""",
        TestMailServer.plainText(mail));
    // Marketing: the one-click unsubscribe goes with it.
    assertTrue(mail.getHeader("List-Unsubscribe", null) != null);
    assertEquals(0, MAIL.receivedBy(TestContacts.primaryEmail(api, optedOut)).size());
    assertEquals(0, MAIL.receivedBy(TestContacts.primaryEmail(api, outside)).size());

    JsonObject delivered =
        Eventually.await(
            TIMEOUT,
            () -> api.get("/notification-runs/" + number).json(),
            run -> run.getJsonObject("delivery").getJsonNumber("pending").longValue() == 0);
    assertEquals(2, delivered.getJsonObject("delivery").getJsonNumber("delivered").longValue());

    JsonObject runs = api.get("/communication-plans/" + plan + "/runs").json();
    assertEquals(1, runs.getJsonNumber("totalItems").longValue());
    assertEquals(number, runs.getJsonArray("items").getJsonObject(0).getString("number"));
    assertEquals(2, runs.getJsonArray("items").getJsonObject(0).getInt("created"));
    // A plan that was sent is kept with its runs.
    assertEquals(409, api.delete("/communication-plans/" + plan).status());
  }

  @Test
  void aCustomerCarePlanIgnoresMarketingConsentAndOnlyItsSegmentsAreReached() {
    String optedOut = aContact().optedIn(false, false).create(api);
    String other = aContact().optedIn(false, false).create(api);
    String first = staticSegment(List.of(optedOut));
    String second = staticSegment(List.of(other));
    String outside = aContact().create(api);
    String plan = plan("CUSTOMER_CARE", offerTemplate(), List.of(first, second));

    String number = send(plan);
    JsonObject done = awaitState(number, "COMPLETED");

    assertEquals(2, done.getJsonNumber("candidates").longValue(), done.toString());
    assertEquals(0, done.getJsonNumber("skippedConsent").longValue(), done.toString());
    assertEquals(List.of(optedOut, other).stream().sorted().toList(), reached(number));
    assertTrue(!reached(number).contains(outside));
  }

  @Test
  void aMarketingPlanOverridingPreferencesReachesContactsNotOptedInAndRecordsTheOverride()
      throws Exception {
    String optedIn = aContact().named("Maria In").optedIn(true, false).create(api);
    String optedOut = aContact().named("Kostas Out").optedIn(false, false).create(api);
    String plan =
        plan(
            new CommunicationPlanDto(
                code("CP_"),
                "Service outage",
                "DIRECT_MARKETING",
                List.of(offerTemplate()),
                null,
                List.of(staticSegment(List.of(optedIn, optedOut))),
                null,
                "P3D",
                true,
                null,
                null));
    JsonObject stored = api.get("/communication-plans/" + plan).json();
    assertTrue(stored.getBoolean("overridePreferences"));
    assertEquals("P3D", stored.getString("expiresAfter"));

    String number = send(plan);
    JsonObject done = awaitState(number, "COMPLETED");

    // Nobody is skipped by consent: the opted-out contact is sent too, and the run says why.
    assertEquals(2, done.getJsonNumber("created").longValue(), done.toString());
    assertEquals(0, done.getJsonNumber("skippedConsent").longValue(), done.toString());
    assertTrue(done.getBoolean("overridePreferences"), done.toString());
    assertEquals(List.of(optedIn, optedOut).stream().sorted().toList(), reached(number));
    for (String communication : communications(number)) {
      JsonObject sent = api.get("/communications/" + communication).json();
      assertTrue(sent.getBoolean("overridePreferences"), sent.toString());
      assertEquals("DIRECT_MARKETING", sent.getString("classification"));
      // The plan's expiry, P3D after the communication was made, is the queue entry's.
      Instant expires = Instant.parse(sent.getJsonObject("queue").getString("expiresAt"));
      assertEquals(
          Instant.parse(sent.getString("createdAt")).plus(Duration.ofDays(3)),
          expires,
          sent.toString());
    }
    MAIL.awaitReceived(TestContacts.primaryEmail(api, optedOut), 1);

    // Switched off again, the next run skips the opted-out contact; the first run keeps its record.
    JsonObject changed =
        api.put(
                "/communication-plans/" + plan,
                new CommunicationPlanDto(
                    null,
                    "Service outage",
                    "DIRECT_MARKETING",
                    stored.getJsonArray("templates").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList(),
                    null,
                    stored.getJsonArray("segments").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList(),
                    null,
                    null,
                    false,
                    null,
                    null))
            .json();
    assertFalse(changed.getBoolean("overridePreferences"), changed.toString());
    JsonObject second = awaitState(send(plan), "COMPLETED");
    assertEquals(1, second.getJsonNumber("created").longValue(), second.toString());
    assertEquals(1, second.getJsonNumber("skippedConsent").longValue(), second.toString());
    assertFalse(second.getBoolean("overridePreferences"), second.toString());
    assertTrue(api.get("/notification-runs/" + number).json().getBoolean("overridePreferences"));
  }

  @Test
  void anSmsPlansTextsArriveAtTheSmscPersonalised() throws Exception {
    try (SmscSimulator smsc = TestSmsc.start()) {
      String maria = aContact().named("Maria").optedIn(true, false).create(api);
      String kostas = aContact().named("Kostas").optedIn(false, false).create(api);
      String template =
          anSmsTemplate()
              .in("en", null, "#contact_information.name, 20% off until Sunday")
              .create(api);
      String plan = plan(null, template, List.of(staticSegment(List.of(maria, kostas))));

      JsonObject done = awaitState(send(plan), "COMPLETED");

      assertEquals(1, done.getJsonNumber("created").longValue(), done.toString());
      assertEquals(1, done.getJsonNumber("skippedConsent").longValue(), done.toString());
      Submitted submitted =
          TestSmsc.awaitSubmitted(smsc, TestContacts.primaryMobile(api, maria), 1).get(0);
      assertEquals("Maria, 20% off until Sunday", submitted.text());
      String communication = communications(done.getString("number")).get(0);
      assertEquals("SMS", api.get("/communications/" + communication).json().getString("medium"));
      // A receipt before Herald has recorded the submit's answer is refused for the SMSC to retry.
      Eventually.await(
          TIMEOUT,
          () -> api.get("/communications/" + communication).json().getJsonObject("queue"),
          queue -> queue.getBoolean("awaitingReceipt"));
      smsc.sendReceipt(submitted.messageId(), "DELIVRD", "000");
      Eventually.await(
          TIMEOUT,
          () -> api.get("/communications/" + communication).json().getJsonObject("queue"),
          queue -> queue.getString("state").equals("COMPLETED"));
      String notOptedIn = TestContacts.primaryMobile(api, kostas);
      assertTrue(
          smsc.submitted().stream().noneMatch(s -> notOptedIn.endsWith(s.destination())),
          "the contact not opted in gets no SMS");
    }
  }

  @Test
  void anExternalSystemPullsItsPlansEntriesWithItsOwnKeyRespectingConsentAndExpiry() {
    PullingSystem portal = PullingSystem.register(api);
    String optedIn = aContact().named("Maria Portal").optedIn(true, false).create(api);
    String optedOut = aContact().named("Kostas Portal").optedIn(false, false).create(api);
    String template =
        anEmailTemplate()
            .handledBy(portal.code())
            .in("en", "Spring offer", "Dear #contact_information.name, 20% off.")
            .create(api);
    // The offer ends soon: its entries are served until then, and never after.
    Instant ends = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
    String plan =
        plan(
            new CommunicationPlanDto(
                code("CP_"),
                "Portal offer",
                null,
                List.of(template),
                portal.code(),
                List.of(staticSegment(List.of(optedIn, optedOut))),
                ends,
                null,
                null,
                null,
                null));

    String number = send(plan);
    JsonObject done = awaitState(number, "COMPLETED");
    assertEquals(1, done.getJsonNumber("created").longValue(), done.toString());
    assertEquals(1, done.getJsonNumber("skippedConsent").longValue(), done.toString());
    String communication = communications(number).get(0);

    JsonObject entry = portal.client().get("/queue/entries/" + communication).json();
    assertEquals(optedIn, entry.getString("contact"));
    assertTrue(
        entry.getString("content").contains("Dear Maria Portal, 20% off."), entry.toString());
    assertEquals(ends, Instant.parse(entry.getString("expiresAt")), entry.toString());
    assertEquals(List.of(communication), pulled(portal, optedIn));
    assertTrue(pulled(portal, optedOut).isEmpty(), "the contact not opted in has no entry");
    assertEquals(
        401,
        api.get("/queue/entries/" + communication).status(),
        "the back-office key is not the system's");

    // Past the plan's expiry on the database's clock, which is the server's.
    Eventually.await(
        TIMEOUT,
        () ->
            Database.count(
                "SELECT COUNT(*) FROM queue_entry WHERE communication_number = ?"
                    + " AND expires_at <= now()",
                communication),
        expired -> expired == 1);
    assertEquals(404, portal.client().get("/queue/entries/" + communication).status());
    assertTrue(pulled(portal, optedIn).isEmpty());
  }

  private static List<String> pulled(PullingSystem system, String contact) {
    ApiResponse page = system.client().get("/queue/entries?contact=" + contact);
    assertEquals(200, page.status(), page.toString());
    return page.json().getJsonArray("items").stream()
        .map(item -> item.asJsonObject().getString("communication"))
        .toList();
  }

  @Test
  void aPausedPlanRunResumesWithExactlyOneEmailPerContact() {
    List<String> contacts = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      contacts.add(aContact().named("Member " + i).optedIn(true, false).create(api));
    }
    String plan = plan(null, offerTemplate(), List.of(staticSegment(contacts)));

    String number = send(plan);
    ApiResponse paused = api.post("/notification-runs/" + number + "/pause", null);
    assertEquals(200, paused.status(), paused.toString());
    // The chunk under way commits, then the job stops: what was made and what was counted agree.
    JsonObject held =
        Eventually.await(
            TIMEOUT,
            () -> api.get("/notification-runs/" + number).json(),
            run -> made(number) == run.getJsonNumber("created").longValue());
    assertTrue(held.getJsonNumber("candidates").longValue() < 60, held.toString());

    assertEquals(200, api.post("/notification-runs/" + number + "/resume", null).status());
    JsonObject done = awaitState(number, "COMPLETED");

    assertEquals(60, done.getJsonNumber("candidates").longValue(), done.toString());
    assertEquals(60, done.getJsonNumber("created").longValue(), done.toString());
    assertEquals(60, made(number));
    assertEquals(0, twice(number));
    assertEquals(contacts.stream().sorted().toList(), reached(number));
  }

  @Test
  void aPlanIsReadChangedListedAndEveryBadFieldIsNamed() {
    String notificationTemplate = NotificationTypeApiIT.arEmailTemplate(api);
    String withEntities =
        anEmailTemplate().referringTo("bill").in("en", "Bill", "Your bill").create(api);
    String payments = aStaticSegmentOf(api, "payment");
    String code = code("CP_");
    ApiResponse refused =
        api.post(
            "/communication-plans",
            new CommunicationPlanDto(
                code,
                " ",
                "GOSSIP",
                List.of(notificationTemplate, withEntities, "NO_SUCH_TEMPLATE"),
                "NO_SUCH_SYSTEM",
                List.of("NO_SUCH_SEGMENT", payments),
                Instant.now().minusSeconds(60),
                "P3D",
                null,
                null,
                null));
    assertEquals(422, refused.status(), refused.toString());
    assertEquals("REQUIRED", refused.errorCode("name"));
    assertEquals("UNKNOWN_VALUE", refused.errorCode("classification"));
    assertEquals("NOT_FOR_ITEM", refused.errorCode("templates[0]"));
    assertEquals("NOT_FOR_ITEM", refused.errorCode("templates[1]"));
    assertEquals("UNKNOWN_TEMPLATE", refused.errorCode("templates[2]"));
    assertEquals("UNKNOWN_EXTERNAL_SYSTEM", refused.errorCode("externalSystem"));
    assertEquals("UNKNOWN_SEGMENT", refused.errorCode("segments[0]"));
    assertEquals("NOT_CONTACTS", refused.errorCode("segments[1]"));
    assertEquals("IN_THE_PAST", refused.errorCode("expiresAt"));
    assertEquals("CONFLICT", refused.errorCode("expiresAfter"));
    assertEquals(404, api.get("/communication-plans/" + code).status());
    ApiResponse noSegments =
        api.post(
            "/communication-plans",
            new CommunicationPlanDto(
                code,
                "x",
                null,
                List.of(offerTemplate()),
                null,
                null,
                null,
                "3 days",
                null,
                null,
                null));
    assertEquals("REQUIRED", noSegments.errorCode("segments"));
    assertEquals("INVALID_DURATION", noSegments.errorCode("expiresAfter"));

    String segment = staticSegment(List.of(aContact().create(api)));
    String plan = plan("AFFILIATE_MARKETING", offerTemplate(), List.of(segment));
    String other = offerTemplate();
    ApiResponse changed =
        api.put(
            "/communication-plans/" + plan,
            new CommunicationPlanDto(
                null,
                "Renamed",
                "REWARD",
                List.of(other),
                null,
                List.of(segment),
                null,
                "PT12H",
                true,
                null,
                null));
    assertEquals(200, changed.status(), changed.toString());
    assertEquals("Renamed", changed.json().getString("name"));
    assertEquals("REWARD", changed.json().getString("classification"));
    assertEquals(other, changed.json().getJsonArray("templates").getString(0));
    assertEquals("PT12H", changed.json().getString("expiresAfter"));
    assertTrue(changed.json().getBoolean("overridePreferences"));
    assertTrue(api.get("/communication-plans/" + plan).json().getBoolean("overridePreferences"));
    assertTrue(
        api
            .get("/communication-plans?size=100&sort=updatedAt,desc")
            .json()
            .getJsonArray("items")
            .stream()
            .map(JsonObject.class::cast)
            .anyMatch(item -> item.getString("code").equals(plan)));
    assertEquals(
        404, api.post("/communication-plans/NO_SUCH_PLAN/runs", new NewPlanRunDto(null)).status());
    assertEquals(204, api.delete("/communication-plans/" + plan).status());
    assertEquals(404, api.get("/communication-plans/" + plan).status());
  }
}
