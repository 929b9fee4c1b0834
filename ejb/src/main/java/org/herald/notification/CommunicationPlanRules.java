package org.herald.notification;

import java.time.Instant;
import org.herald.api.Classification;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalSystem;
import org.herald.segment.SegmentCodes;

/**
 * The rules of a communication plan, in plain Java: a name; a classification (marketing by
 * default); one effective outgoing template per medium that makes a communication to the contact
 * alone (not a notification template, no referring entity types: the plan's items are contacts);
 * its one integration delivering every medium; at least one known segment; at most one expiry (as a
 * notification type's); the override of contact preferences, a plain switch. Every problem is named
 * at once.
 */
final class CommunicationPlanRules {

  private final NotificationTypeRules.Directory directory;

  CommunicationPlanRules(NotificationTypeRules.Directory directory) {
    this.directory = directory;
  }

  CommunicationPlan.Definition definition(
      CommunicationPlanDetails details, Instant now, Violations violations) {
    violations.require("name", details.name());
    violations.maxLength("name", details.name(), 200);
    Classification classification =
        details.classification() == null
            ? Classification.DIRECT_MARKETING
            : violations.enumValue(
                "classification", Classification.class, details.classification());
    ExternalSystem system =
        NotificationTypeRules.externalSystem(directory, details.externalSystem(), violations);
    var templates =
        RunTemplates.check(
            details.templates(),
            directory::template,
            system,
            template -> {
              if (template.getNotificationItem() != null) {
                return "is for notification runs";
              }
              return template.getReferringEntityTypes().isEmpty()
                  ? null
                  : "refers to "
                      + template.getReferringEntityTypes()
                      + "; a plan's communications are to the contact alone";
            },
            violations);
    if (details.segments().isEmpty()) {
      violations.add("segments", "REQUIRED", "name at least one segment of contacts");
    }
    SegmentCodes.check(
        "segments",
        details.segments(),
        directory::segmentEntityType,
        SegmentCodes.Fitting.contacts("a plan's"),
        violations);
    RunExpiry expiry =
        RunExpiry.check(details.expiresAt(), details.expiresAfter(), now, violations);
    return new CommunicationPlan.Definition(
        details.name(),
        classification,
        templates,
        system,
        details.segments(),
        expiry,
        details.overridePreferences());
  }
}
