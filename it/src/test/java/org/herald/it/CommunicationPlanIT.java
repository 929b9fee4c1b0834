package org.herald.it;

import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.herald.api.notification.CommunicationPlanDto;
import org.herald.api.notification.NewPlanRunDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.Eventually;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestContacts;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Communication plans (the seed's business feature) through HTTP: a personalised mass email to the
 * contacts of a segment, sent by a notification run whose items are the contacts. Marketing by
 * default, so contacts not opted in are skipped and counted; contacts outside the segments get
 * nothing; a paused and resumed plan run sends exactly one email per contact; the text arrives at
 * the SMTP server personalised.
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

  private static String code(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private String staticSegment(List<String> contacts) {
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
    String code = code("CP_");
    ApiResponse created =
        api.post(
            "/communication-plans",
            new CommunicationPlanDto(
                code,
                "Spring offer",
                classification,
                List.of(template),
                null,
                segments,
                null,
                null));
    assertEquals(201, created.status(), created.toString());
    assertTrue(created.header("Location").orElseThrow().endsWith("/communication-plans/" + code));
    return code;
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
                List.of("NO_SUCH_SEGMENT"),
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
    assertEquals(404, api.get("/communication-plans/" + code).status());
    ApiResponse noSegments =
        api.post(
            "/communication-plans",
            new CommunicationPlanDto(
                code, "x", null, List.of(offerTemplate()), null, null, null, null));
    assertEquals("REQUIRED", noSegments.errorCode("segments"));

    String segment = staticSegment(List.of(aContact().create(api)));
    String plan = plan("AFFILIATE_MARKETING", offerTemplate(), List.of(segment));
    String other = offerTemplate();
    ApiResponse changed =
        api.put(
            "/communication-plans/" + plan,
            new CommunicationPlanDto(
                null, "Renamed", "REWARD", List.of(other), null, List.of(segment), null, null));
    assertEquals(200, changed.status(), changed.toString());
    assertEquals("Renamed", changed.json().getString("name"));
    assertEquals("REWARD", changed.json().getString("classification"));
    assertEquals(other, changed.json().getJsonArray("templates").getString(0));
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
