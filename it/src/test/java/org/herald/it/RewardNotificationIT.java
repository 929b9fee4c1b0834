package org.herald.it;

import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestContacts.primaryEmail;
import static org.herald.it.support.TestEntities.an;
import static org.herald.it.support.TestNotificationTypes.aType;
import static org.herald.it.support.TestSegments.aStaticSegmentOf;
import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.herald.api.event.ConditionDto;
import org.herald.api.notification.NewNotificationRunDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.Eventually;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The seed's reward classification through HTTP: reward offers, rewards participants (a contact's
 * membership of the scheme) and the offers they are eligible for are synced as entities; a REWARD
 * notification type over reward offer information, with conditions that follow the item's
 * references to its offer, its participant and the participant's contact, notifies only the
 * matching participants, in the template's words.
 */
class RewardNotificationIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();
  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private final HeraldClient api = HeraldClient.backOffice();

  private String participant(String contact, int points) {
    return an("rewards_participant", "RP")
        .with("contact", contact)
        .with("points_balance", points)
        .with("joined_on", "2025-01-15")
        .put(api);
  }

  private String eligibility(String participant, String offer, String status) {
    return an("reward_eligibility", "RE")
        .with("rewards_participant", participant)
        .with("reward_offer", offer)
        .with("status", status)
        .put(api);
  }

  @Test
  void aRewardRunNotifiesOnlyTheMatchingParticipantsInTheTemplatesWords() {
    LocalDate today = LocalDate.now();
    String offer =
        an("reward_offer", "RO")
            .with("name", "Double points weekend")
            .with("description", "Every purchase earns double points")
            .with("valid_from", today.minusDays(1).toString())
            .with("valid_to", today.plusDays(2).toString())
            .with("award_points", 200)
            .put(api);
    String eleni = aContact().named("Eleni Christou").optedIn(true, false).create(api);
    String andreas = aContact().named("Andreas Pavlou").optedIn(true, false).create(api);
    String sofia = aContact().named("Sofia Kyriacou").optedIn(true, false).create(api);
    String nikos = aContact().named("Nikos Demetriou").optedIn(false, false).create(api);
    String notified = eligibility(participant(eleni, 250), offer, "eligible");
    eligibility(participant(andreas, 40), offer, "eligible"); // too few points
    eligibility(participant(sofia, 900), offer, "awarded"); // already awarded
    eligibility(participant(nikos, 300), offer, "eligible"); // not opted in

    String template =
        anEmailTemplate()
            .named("Reward offer")
            .forNotificationsOf("reward_eligibility")
            .in(
                "en",
                "#notification.reward_eligibility.reward_offer.name",
                "Dear #notification.reward_eligibility.rewards_participant.contact.name, you have"
                    + " #notification.reward_eligibility.rewards_participant.points_balance"
                    + " points. #notification.reward_eligibility.reward_offer.description until"
                    + " #notification.reward_eligibility.reward_offer.valid_to.")
            .create(api);
    String type =
        aType(template)
            .named("Reward offers")
            .classification("REWARD")
            .topic("REWARD_OFFER_INFORMATION")
            .dataProtection("DIRECT_MARKETING")
            .conditions(
                new ConditionDto("reward_eligibility.reward_offer.number", "EQUALS", offer),
                new ConditionDto("reward_eligibility.status", "EQUALS", "eligible"),
                new ConditionDto(
                    "reward_eligibility.rewards_participant.points_balance", "MORE_THAN", "100"),
                new ConditionDto("reward_eligibility.reward_offer.valid_to", "MORE_THAN", "today"))
            .create(api);
    assertEquals(
        "reward_eligibility", api.get("/notification-types/" + type).json().getString("itemType"));

    JsonObject done = completedRun(type);
    String run = done.getString("number");

    // Eleni's and Nikos's eligibility match; Nikos is not opted in to direct marketing.
    assertEquals(2, done.getJsonNumber("candidates").longValue(), done.toString());
    assertEquals(1, done.getJsonNumber("created").longValue(), done.toString());
    assertEquals(1, done.getJsonNumber("skippedConsent").longValue(), done.toString());
    assertEquals(List.of(notified), notifiedItems(run));

    String address = primaryEmail(api, eleni);
    String text =
        "Dear Eleni Christou, you have 250 points. Every purchase earns double points until "
            + today.plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
            + ".";
    MimeMessage mail = MAIL.awaitReceived(address, 1).get(0);
    assertEquals(text, TestMailServer.plainText(mail).strip());
    assertEquals("REWARD", communicationOf(run).getString("classification"));
  }

  private JsonObject completedRun(String type) {
    ApiResponse started = api.post("/notification-runs", new NewNotificationRunDto(type, null));
    assertEquals(201, started.status(), started.toString());
    String run = started.json().getString("number");
    return Eventually.await(
        TIMEOUT,
        () -> api.get("/notification-runs/" + run).json(),
        now -> now.getString("state").equals("COMPLETED"));
  }

  /** The numbers of the items the run made communications for. */
  private static List<String> notifiedItems(String run) {
    return Database.texts(
        "SELECT e.number FROM communication c JOIN notification_run r"
            + " ON r.id = c.notification_run_id JOIN referring_entity e"
            + " ON e.id = c.notification_item_id WHERE r.number = ?",
        run);
  }

  private JsonObject communicationOf(String run) {
    String number =
        Database.text(
            "SELECT c.number FROM communication c JOIN notification_run r"
                + " ON r.id = c.notification_run_id WHERE r.number = ?",
            run);
    return api.get("/communications/" + number).json();
  }

  @Test
  void theRewardEntitiesAreTagsAndConditionPaths() {
    JsonObject tags = api.get("/tags?prefix=reward_eligibility.reward_offer.&size=200").json();
    assertTrue(
        tags.toString().contains("reward_eligibility.reward_offer.valid_to"), tags.toString());
    ApiResponse wrongTopic =
        api.post(
            "/notification-types",
            aType(NotificationTypeApiIT.arEmailTemplate(api)).classification("REWARD").build());
    assertEquals("NOT_OFFERED", wrongTopic.errorCode("topic"), wrongTopic.toString());
  }

  private String segment(String entityType, String... members) {
    String code = aStaticSegmentOf(api, entityType);
    if (members.length > 0) {
      api.post("/segments/" + code + "/members", Map.of("contacts", List.of(members)));
    }
    return code;
  }

  @Test
  void aSegmentOfRewardsParticipantsNarrowsARewardRunToItsMembers() {
    String offer = an("reward_offer", "RO").with("name", "Gold lounge").put(api);
    String gold = participant(aContact().named("Gold").create(api), 500);
    String silver = participant(aContact().named("Silver").create(api), 500);
    String goldItem = eligibility(gold, offer, "eligible");
    eligibility(silver, offer, "eligible");
    String template =
        anEmailTemplate()
            .forNotificationsOf("reward_eligibility")
            .in("en", "Offer", "#notification.reward_eligibility.reward_offer.name")
            .create(api);
    String participants = segment("rewards_participant", gold);
    String eligibilities = segment("reward_eligibility");

    // A segment of offers is not on an eligibility's way to its contact; of bills, not at all.
    ApiResponse refused =
        api.post(
            "/notification-types",
            aType(template)
                .classification("REWARD")
                .topic("REWARD_OFFER_INFORMATION")
                .segments(participants, segment("reward_offer"), segment("bill"), eligibilities)
                .build());
    assertEquals(422, refused.status(), refused.toString());
    assertEquals(List.of("segments[1]", "segments[2]"), refused.errorFields());
    assertEquals("NOT_FOR_TOPIC", refused.errorCode("segments[1]"));

    String type =
        aType(template)
            .classification("REWARD")
            .topic("REWARD_OFFER_INFORMATION")
            .conditions(new ConditionDto("reward_eligibility.reward_offer.number", "EQUALS", offer))
            .segments(participants, eligibilities)
            .create(api);
    JsonObject done = completedRun(type);
    String run = done.getString("number");
    assertEquals(1, done.getJsonNumber("candidates").longValue(), done.toString());
    assertEquals(List.of(goldItem), notifiedItems(run));
  }
}
