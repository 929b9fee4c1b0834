package org.herald.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.api.Classification;
import org.herald.api.Direction;
import org.herald.api.Medium;
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

    boolean segmentExists(String code);
  }

  private static final Set<Medium> HERALD_MEDIA = EnumSet.of(Medium.EMAIL, Medium.SMS);

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
    ExternalSystem system =
        details.externalSystem() == null
            ? null
            : violations.check(
                "externalSystem",
                () ->
                    directory
                        .externalSystem(details.externalSystem())
                        .orElseThrow(
                            () ->
                                new InvalidValueException(
                                    "UNKNOWN_EXTERNAL_SYSTEM",
                                    "no external system " + details.externalSystem())));
    List<String> templates = templates(topic, details, system, violations);
    if (details.expiresAt() != null && details.expiresAfter() != null) {
      violations.add("expiresAfter", "CONFLICT", "give expiresAt or expiresAfter, not both");
    }
    if (details.expiresAt() != null && !details.expiresAt().isAfter(now)) {
      violations.add("expiresAt", "IN_THE_PAST", "must be in the future");
    }
    if (details.expiresAt() != null && details.expiresAt().isAfter(LATEST)) {
      violations.add("expiresAt", "OUT_OF_RANGE", "must be before the year 10000");
    }
    checkDuration(details.expiresAfter(), violations);
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
    SegmentCodes.check("segments", details.segments(), directory::segmentExists, violations);
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

  private List<String> templates(
      NotificationTopic topic,
      NotificationTypeDetails details,
      ExternalSystem system,
      Violations violations) {
    if (details.templates().isEmpty()) {
      violations.add("templates", "REQUIRED", "name at least one notification template");
    }
    List<String> codes = new ArrayList<>();
    Set<Medium> media = EnumSet.noneOf(Medium.class);
    for (int i = 0; i < details.templates().size(); i++) {
      String field = "templates[" + i + "]";
      String code = details.templates().get(i);
      if (code == null || code.isBlank()) {
        violations.add(field, "REQUIRED", "is required");
        continue;
      }
      codes.add(code);
      CommunicationTemplate template = directory.template(code).orElse(null);
      if (template == null) {
        violations.add(field, "UNKNOWN_TEMPLATE", "no template " + code);
        continue;
      }
      if (!template.isEffective()) {
        violations.add(field, "NOT_EFFECTIVE", "template " + code + " is not effective");
      }
      if (template.getDirection() != Direction.OUTGOING) {
        violations.add(field, "NOT_OUTGOING", "template " + code + " is not outgoing");
      }
      if (topic != null && !topic.itemType().equals(template.getNotificationItem())) {
        violations.add(
            field,
            "NOT_FOR_ITEM",
            "template "
                + code
                + " is not a notification template for "
                + topic.itemType()
                + " items");
      }
      if (!media.add(template.getMedium())) {
        violations.add(
            field, "DUPLICATE_MEDIUM", "another template is already for " + template.getMedium());
      }
      integration(field, template, system, violations);
    }
    return codes;
  }

  /** Every template goes through the type's one integration. */
  private static void integration(
      String field, CommunicationTemplate template, ExternalSystem system, Violations violations) {
    String handler = template.getExternalSystemCode();
    if (system == null) {
      if (handler != null) {
        violations.add(
            field,
            "INTEGRATION_MISMATCH",
            "template " + template.getCode() + " is for external system " + handler);
      } else if (!HERALD_MEDIA.contains(template.getMedium())) {
        violations.add(
            field,
            "MEDIUM_NOT_SENT",
            "Herald sends EMAIL and SMS; name an external system for " + template.getMedium());
      }
      return;
    }
    if (handler != null && !handler.equals(system.getCode())) {
      violations.add(
          field,
          "INTEGRATION_MISMATCH",
          "template " + template.getCode() + " is for external system " + handler);
    }
    if (!system.supports(template.getMedium())) {
      violations.add(
          field,
          "MEDIUM_NOT_SUPPORTED",
          system.getCode() + " does not support " + template.getMedium());
    }
  }

  /** An expiry after the communication is made: a positive ISO-8601 duration (P3D, PT12H). */
  private static void checkDuration(String text, Violations violations) {
    if (text == null) {
      return;
    }
    try {
      Duration duration = Duration.parse(text);
      if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST) > 0) {
        violations.add("expiresAfter", "OUT_OF_RANGE", "must be positive and at most P3650D");
      }
    } catch (DateTimeParseException e) {
      violations.add(
          "expiresAfter", "INVALID_DURATION", "'" + text + "' is not an ISO-8601 duration (P3D)");
    }
  }
}
