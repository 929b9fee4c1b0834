package org.herald.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.api.Classification;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityModel;
import org.herald.entity.EntitySnapshot;
import org.junit.jupiter.api.Test;

/** A topic's item reaches its contact through the item's references. */
class NotificationTopicTest {

  private static EntitySnapshot record(String type, String number, Map<String, ?> values) {
    return EntitySnapshot.of(EntityModel.crm().type(type).orElseThrow(), number, values);
  }

  private final EntitySnapshot account =
      record("accounts_receivable", "AR1", Map.of("name", "Maria", "contact", "CT000001"));
  private final EntityLookup lookup = EntityLookup.of(List.of(account));

  @Test
  void anAccountNamesItsContactAndABillItsAccountsContact() {
    assertEquals(
        Optional.of("CT000001"),
        NotificationTopic.ACCOUNTS_RECEIVABLE_STATE.contactOf(account, lookup));
    EntitySnapshot bill = record("bill", "BL1", Map.of("accounts_receivable", "AR1"));
    assertEquals(Optional.of("CT000001"), NotificationTopic.BILL_SENDING.contactOf(bill, lookup));
  }

  @Test
  void aMissingReferenceOnTheWayMeansNoContact() {
    EntitySnapshot orphan = record("bill", "BL2", Map.of("accounts_receivable", "AR9"));
    assertEquals(Optional.empty(), NotificationTopic.BILL_SENDING.contactOf(orphan, lookup));
    EntitySnapshot unowned = record("accounts_receivable", "AR2", Map.of("name", "Nobody"));
    assertEquals(
        Optional.empty(), NotificationTopic.ACCOUNTS_RECEIVABLE_STATE.contactOf(unowned, lookup));
  }

  @Test
  void eachTopicBelongsToANotificationClassification() {
    for (NotificationTopic topic : NotificationTopic.values()) {
      assertEquals(true, NotificationTopic.isNotification(topic.classification()), topic.name());
    }
    assertEquals(false, NotificationTopic.isNotification(Classification.DIRECT_MARKETING));
  }

  @Test
  void aTypesSegmentsListTheItemOrARecordOnItsWayToTheContact() {
    NotificationTopic reward = NotificationTopic.REWARD_OFFER_INFORMATION;
    assertEquals(
        List.of("reward_eligibility", "rewards_participant", "contact_information"),
        reward.pathTypes());
    assertEquals(Optional.of(List.of()), reward.referencesTo("reward_eligibility"));
    assertEquals(
        Optional.of(List.of("rewards_participant")), reward.referencesTo("rewards_participant"));
    assertEquals(
        Optional.of(List.of("rewards_participant", "contact")),
        reward.referencesTo("contact_information"));
    assertEquals(Optional.empty(), reward.referencesTo("reward_offer"));
    assertEquals(
        Optional.of(List.of("accounts_receivable")),
        NotificationTopic.BILL_SENDING.referencesTo("accounts_receivable"));
  }
}
