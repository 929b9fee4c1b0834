package org.herald.automation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.herald.api.Classification;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.condition.ConditionPaths;
import org.herald.condition.Conditions;
import org.herald.entity.EntityModel;
import org.herald.error.Violations;
import org.herald.segment.SegmentCodes;
import org.herald.template.CommunicationTemplate;

/**
 * Every rule of an automation, in plain Java, each broken one named by its field: a known event
 * type, at least one of an email and an SMS template, each of its medium, outgoing, effective and
 * for the event's entity, a send-to rule that fits those media, conditions over the event's entity
 * and the contact, known segments.
 */
final class AutomationRules {

  static final int NAME_LENGTH = 200;

  /** Where the templates and segments an automation names are looked up. */
  interface Directory {
    Optional<CommunicationTemplate> template(String code);

    /** The entity type of the segment's members; empty for an unknown segment. */
    Optional<String> segmentEntityType(String code);
  }

  /** An automation's details that keep every rule, with what checking them parsed. */
  record Checked(
      AutomationDetails details,
      SendTo sendTo,
      Classification classification,
      Conditions conditions) {}

  private final EventTypes eventTypes = EventTypes.crm();
  private final Directory directory;

  AutomationRules(Directory directory) {
    this.directory = directory;
  }

  Checked check(AutomationDetails details, Violations violations) {
    violations.require("name", details.name());
    violations.maxLength("name", details.name(), NAME_LENGTH);
    EventType eventType = null;
    if (details.eventType() == null) {
      violations.add(
          "eventType", "REQUIRED", "is required, e.g. payment.posted (GET /event-types)");
    } else {
      eventType = eventTypes.find(details.eventType()).orElse(null);
      if (eventType == null) {
        violations.add(
            "eventType",
            "UNKNOWN_EVENT_TYPE",
            "'" + details.eventType() + "' is not an event type");
      }
    }
    Set<Medium> media = EnumSet.noneOf(Medium.class);
    if (details.emailTemplate() == null && details.smsTemplate() == null) {
      violations.add(
          "emailTemplate", "REQUIRED", "an email or an SMS template (or both) is required");
    }
    template("emailTemplate", details.emailTemplate(), Medium.EMAIL, eventType, media, violations);
    template("smsTemplate", details.smsTemplate(), Medium.SMS, eventType, media, violations);
    SendTo sendTo = violations.check("sendTo", () -> SendTo.parse(details.sendTo(), media));
    Classification classification =
        details.classification() == null
            ? Classification.CUSTOMER_CARE
            : violations.enumValue(
                "classification", Classification.class, details.classification());
    Conditions conditions =
        Conditions.parse(
            details.conditions(),
            "conditions",
            eventType == null
                ? null
                : Set.of(eventType.entityType(), EntityModel.CONTACT_INFORMATION),
            ConditionPaths.crm(),
            violations);
    SegmentCodes.check(
        "segments",
        details.segments(),
        directory::segmentEntityType,
        SegmentCodes.Fitting.contacts("an automation's"),
        violations);
    return new Checked(details, sendTo, classification, conditions);
  }

  private void template(
      String field,
      String code,
      Medium medium,
      EventType eventType,
      Set<Medium> media,
      Violations violations) {
    if (code == null) {
      return;
    }
    Optional<CommunicationTemplate> found = directory.template(code);
    if (found.isEmpty()) {
      violations.add(field, "UNKNOWN_TEMPLATE", "no template " + code);
      return;
    }
    CommunicationTemplate template = found.get();
    media.add(medium);
    if (template.getMedium() != medium) {
      violations.add(field, "WRONG_MEDIUM", code + " is an " + template.getMedium() + " template");
    } else if (template.getDirection() != Direction.OUTGOING) {
      violations.add(field, "NOT_OUTGOING", code + " is for incoming communications");
    } else if (template.getNotificationItem() != null) {
      violations.add(field, "NOTIFICATION_TEMPLATE", code + " is for notification runs");
    } else if (!template.isEffective()) {
      violations.add(field, "NOT_EFFECTIVE", "template " + code + " is not effective");
    } else if (eventType != null
        && !template.getReferringEntityTypes().isEmpty()
        && !template.getReferringEntityTypes().contains(eventType.entityType())) {
      violations.add(
          field,
          "WRONG_ENTITY_TYPE",
          code
              + " refers to "
              + template.getReferringEntityTypes()
              + ", not to the event's "
              + eventType.entityType());
    }
  }
}
