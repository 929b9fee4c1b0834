package org.herald.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.api.Classification;
import org.herald.condition.ConditionPaths;
import org.herald.condition.Conditions;
import org.herald.error.InvalidValueException;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalSystem;
import org.herald.segment.SegmentCodes;
import org.herald.template.CommunicationTemplate;

/**
 * The rules of a notification type, in plain Java: a notification classification and a topic it
 * offers, fixed once the type exists; one effective outgoing notification template per medium for
 * the topic's item; media its integration delivers; at most one expiry; data protection by a
 * marketing list; conditions over the item (each must hold) and known segments. Every problem is
 * named at once.
 */
final class NotificationTypeRules {

  /** Where the names a type uses are looked up. */
  interface Directory {
    Optional<CommunicationTemplate> template(String code);

    Optional<ExternalSystem> externalSystem(String code);

    /** The entity type of the segment's members; empty for an unknown segment. */
    Optional<String> segmentEntityType(String code);
  }

  /** Expiries beyond these are mistakes, and some no database column or clock could hold. */
  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  static final Duration LONGEST = Duration.ofDays(3650);

  private final Directory directory;

  NotificationTypeRules(Directory directory) {
    this.directory = directory;
  }

  /** The topic of a new type, checked against its classification (null when invalid). */
  NotificationTopic topic(NotificationTypeDetails details, Violations violations) {
    violations.require("classification", details.classification());
    violations.require("topic", details.topic());
    Classification classification =
        violations.enumValue("classification", Classification.class, details.classification());
    NotificationTopic topic =
        violations.enumValue("topic", NotificationTopic.class, details.topic());
    if (classification != null && !NotificationTopic.isNotification(classification)) {
      violations.add(
          "classification", "NOT_A_NOTIFICATION", "must be CUSTOMER_CARE, FINANCIAL or REWARD");
      return null;
    }
    if (classification != null && topic != null && topic.classification() != classification) {
      violations.add(
          "topic",
          "NOT_OFFERED",
          topic + " is a " + topic.classification() + " topic, not " + classification);
      return null;
    }
    return topic;
  }

  /** A changed type keeps its classification and topic: they are fixed after creation. */
  void keep(NotificationType type, NotificationTypeDetails details, Violations violations) {
    if (details.classification() != null
        && !details.classification().equals(type.getClassification().name())) {
      violations.add("classification", "FIXED", "cannot change once the type exists");
    }
    if (details.topic() != null && !details.topic().equals(type.getTopic().name())) {
      violations.add("topic", "FIXED", "cannot change once the type exists");
    }
  }

  /** The changeable part, checked for a type of {@code topic} (null: topic invalid). */
  NotificationType.Definition definition(
      NotificationTopic topic,
      NotificationTypeDetails details,
      Instant now,
      Violations violations) {
    violations.require("name", details.name());
    violations.maxLength("name", details.name(), 200);
    ExternalSystem system = externalSystem(directory, details.externalSystem(), violations);
    List<String> templates =
        RunTemplates.check(
            details.templates(),
            directory::template,
            system,
            template ->
                topic == null || topic.itemType().equals(template.getNotificationItem())
                    ? null
                    : "is not a notification template for " + topic.itemType() + " items",
            violations);
    RunExpiry.check(details.expiresAt(), details.expiresAfter(), now, violations);
    Classification dataProtection =
        violations.enumValue("dataProtection", Classification.class, details.dataProtection());
    if (dataProtection != null && !dataProtection.isMarketing()) {
      violations.add(
          "dataProtection", "NOT_MARKETING", "must be DIRECT_MARKETING or AFFILIATE_MARKETING");
    }
    // Over the item and what it refers to (its accounts receivable, its contact...).
    Conditions conditions =
        Conditions.parse(
            details.conditions(),
            "conditions",
            topic == null ? null : Set.of(topic.itemType()),
            ConditionPaths.crm(),
            violations);
    // The seed: segments of the notification information's entities, of contacts.
    SegmentCodes.check(
        "segments",
        details.segments(),
        directory::segmentEntityType,
        topic == null
            ? null
            : new SegmentCodes.Fitting(
                topic.pathTypes(), "NOT_FOR_TOPIC", "a " + topic + " type's"),
        violations);
    return new NotificationType.Definition(
        details.name(),
        templates,
        system,
        details.expiresAt(),
        details.expiresAfter(),
        dataProtection,
        conditions,
        details.segments());
  }

  /** The one integration named (null: Herald's SMTP/SMPP); an unknown one is named. */
  static ExternalSystem externalSystem(Directory directory, String code, Violations violations) {
    return code == null
        ? null
        : violations.check(
            "externalSystem",
            () ->
                directory
                    .externalSystem(code)
                    .orElseThrow(
                        () ->
                            new InvalidValueException(
                                "UNKNOWN_EXTERNAL_SYSTEM", "no external system " + code)));
  }
}
