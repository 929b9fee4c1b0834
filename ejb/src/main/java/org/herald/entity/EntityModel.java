package org.herald.entity;

import static org.herald.entity.EntityField.amount;
import static org.herald.entity.EntityField.collection;
import static org.herald.entity.EntityField.date;
import static org.herald.entity.EntityField.flag;
import static org.herald.entity.EntityField.number;
import static org.herald.entity.EntityField.reference;
import static org.herald.entity.EntityField.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entity types the CRM syncs and their fields: the one source that record validation, tag
 * rendering and the tag catalogue all derive from. Adding a field here makes it syncable and usable
 * as a tag at once.
 */
public final class EntityModel {

  /** The contact's own type: its records are the contacts, not synced entities. */
  public static final String CONTACT_INFORMATION = "contact_information";

  private static final EntityModel CRM =
      new EntityModel(
          List.of(
              new EntityType(
                  CONTACT_INFORMATION,
                  List.of(
                      text("number"),
                      text("name"),
                      text("preferred_language"),
                      text("email"), // the primary email address
                      text("phone"), // the primary mobile number
                      flag("opt_in_direct_marketing"),
                      flag("opt_in_affiliate_marketing"))),
              new EntityType(
                  "accounts_receivable",
                  List.of(
                      text("number"),
                      text("name"),
                      amount("balance"),
                      amount("outstanding_amount"),
                      date("due_date"), // of the oldest unpaid amount
                      text("currency"), // ISO 4217
                      reference("wallet", "wallet"),
                      text("presentment_email"),
                      text("presentment_phone"),
                      reference("contact", "contact_information"))),
              new EntityType("wallet", List.of(text("number"), amount("balance"))),
              new EntityType(
                  "subscription",
                  List.of(
                      text("number"),
                      text("status"),
                      reference("accounts_receivable", "accounts_receivable"),
                      collection("services"),
                      collection("installed_items"))),
              new EntityType(
                  "bill",
                  List.of(
                      text("number"),
                      date("due_date"),
                      amount("total_amount_to_be_paid"),
                      reference("accounts_receivable", "accounts_receivable"))),
              new EntityType(
                  "payment",
                  List.of(
                      text("number"),
                      amount("amount"),
                      reference("accounts_receivable", "accounts_receivable"))),
              new EntityType(
                  "service_request",
                  List.of(
                      text("type"),
                      text("number"),
                      text("response_description"),
                      text("responded_by"),
                      date("response_date"),
                      // States as the CRM names them (e.g. pending, accepted).
                      text("response_acceptance"),
                      text("temporary_resolution_acceptance"),
                      text("final_resolution_acceptance"))),
              new EntityType(
                  "reward_offer",
                  List.of(
                      text("number"),
                      text("name"),
                      text("description"),
                      date("valid_from"),
                      date("valid_to"),
                      number("award_points"))),
              // A contact's membership of the reward scheme.
              new EntityType(
                  "rewards_participant",
                  List.of(
                      text("number"),
                      reference("contact", CONTACT_INFORMATION),
                      reference("accounts_receivable", "accounts_receivable"),
                      reference("wallet", "wallet"),
                      number("points_balance"),
                      date("joined_on"))),
              // A reward offer a participant is eligible for or was awarded: what reward
              // notifications are about (the seed's "reward offers communicated to reward
              // participants").
              new EntityType(
                  "reward_eligibility",
                  List.of(
                      text("number"),
                      reference("rewards_participant", "rewards_participant"),
                      reference("reward_offer", "reward_offer"),
                      text("status"), // as the CRM names it (e.g. eligible, awarded)
                      date("awarded_on")))));

  private final Map<String, EntityType> types;

  public EntityModel(List<EntityType> types) {
    Map<String, EntityType> byName = new LinkedHashMap<>();
    for (EntityType type : types) {
      if (byName.put(type.name(), type) != null) {
        throw new IllegalArgumentException("entity type " + type.name() + " declared twice");
      }
    }
    for (EntityType type : types) {
      for (EntityField field : type.fields()) {
        if (field.isReference() && !byName.containsKey(field.target())) {
          throw new IllegalArgumentException(
              type.name() + "." + field.name() + " refers to unknown type " + field.target());
        }
      }
    }
    this.types = Collections.unmodifiableMap(byName);
  }

  /** The referring entities of the CRM, as the seed names them. */
  public static EntityModel crm() {
    return CRM;
  }

  public Collection<EntityType> types() {
    return types.values();
  }

  public Optional<EntityType> type(String name) {
    return Optional.ofNullable(types.get(name));
  }

  /**
   * Every field path of every type that follows at most {@code maxHops} references, references
   * themselves included (a reference's value is the referenced number). Bounded, so cycles between
   * types cannot make it endless.
   */
  public List<FieldPath> paths(int maxHops) {
    List<FieldPath> paths = new ArrayList<>();
    for (EntityType type : types.values()) {
      for (EntityField field : type.fields()) {
        collect(new FieldPath(type, List.of(field)), maxHops, paths);
      }
    }
    return List.copyOf(paths);
  }

  private void collect(FieldPath path, int hopsLeft, List<FieldPath> paths) {
    paths.add(path);
    if (path.field().isReference() && hopsLeft > 0) {
      for (EntityField next : types.get(path.field().target()).fields()) {
        collect(path.then(next), hopsLeft - 1, paths);
      }
    }
  }
}
