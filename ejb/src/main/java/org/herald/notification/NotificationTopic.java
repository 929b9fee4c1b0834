package org.herald.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.api.Classification;
import org.herald.entity.EntityField;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityRecord;
import org.herald.entity.EntityType;

/**
 * The seed's notification information: the topic a type's runs are about, offered by its
 * classification, with the entity type of the runs' items and the references from an item to the
 * contact it notifies.
 */
public enum NotificationTopic {
  /** The seed's business flow step 4: accounts receivable state and balance. */
  ACCOUNTS_RECEIVABLE_STATE(Classification.FINANCIAL, "accounts_receivable", "contact"),
  /** The seed's bill sending run (business flow step 3). */
  BILL_SENDING(Classification.FINANCIAL, "bill", "accounts_receivable", "contact"),
  /** Welcome and subscription details for subscribers. */
  SUBSCRIPTION_INFORMATION(
      Classification.CUSTOMER_CARE, "subscription", "accounts_receivable", "contact"),
  /**
   * The seed's reward information: a reward offer a rewards participant is eligible for or was
   * awarded, sent to the participant's contact.
   */
  REWARD_OFFER_INFORMATION(
      Classification.REWARD, "reward_eligibility", "rewards_participant", "contact");

  private final Classification classification;
  private final String itemType;
  private final List<String> toContact;

  NotificationTopic(Classification classification, String itemType, String... toContact) {
    this.classification = classification;
    this.itemType = itemType;
    this.toContact = List.of(toContact);
  }

  public Classification classification() {
    return classification;
  }

  public String itemType() {
    return itemType;
  }

  /**
   * The references from an item to the record of {@code entityType} on its way to the contact
   * (none: the item itself; all of them: the contact); empty when that type is not on the way. A
   * type's segments may list records of these types (the seed: "any entity of the notification
   * information", the contact's).
   */
  public Optional<List<String>> referencesTo(String entityType) {
    int hops = pathTypes().indexOf(entityType);
    return hops < 0 ? Optional.empty() : Optional.of(toContact.subList(0, hops));
  }

  /** The entity types on an item's way to its contact, the item's first, the contact's last. */
  public List<String> pathTypes() {
    EntityModel model = EntityModel.crm();
    List<String> types = new ArrayList<>(List.of(itemType));
    for (String reference : toContact) {
      String at = types.get(types.size() - 1);
      types.add(model.type(at).flatMap(t -> t.field(reference)).orElseThrow().target());
    }
    return List.copyOf(types);
  }

  /** The classifications a notification type may have. */
  public static boolean isNotification(Classification classification) {
    return classification == Classification.CUSTOMER_CARE
        || classification == Classification.FINANCIAL
        || classification == Classification.REWARD;
  }

  /**
   * The number of the contact an item notifies, following its references (a bill's accounts
   * receivable's contact); empty when a reference on the way is missing.
   */
  public Optional<String> contactOf(EntityRecord item, EntityLookup lookup) {
    EntityModel model = EntityModel.crm();
    EntityRecord at = item;
    for (int hop = 0; hop < toContact.size(); hop++) {
      Object number = at.value(toContact.get(hop));
      if (number == null) {
        return Optional.empty();
      }
      if (hop == toContact.size() - 1) {
        return Optional.of(number.toString());
      }
      EntityType type = model.type(at.type()).orElseThrow();
      String target = type.field(toContact.get(hop)).map(EntityField::target).orElseThrow();
      Optional<EntityRecord> next = lookup.find(target, number.toString());
      if (next.isEmpty()) {
        return Optional.empty();
      }
      at = next.get();
    }
    return Optional.empty();
  }
}
