package org.herald.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.condition.ConditionPaths;
import org.herald.condition.ConditionSql;
import org.herald.condition.Conditions;
import org.herald.error.Violations;
import org.herald.segment.Segment;
import org.herald.segment.SegmentMembership;
import org.herald.segment.SegmentRepository;

/**
 * A run's audience: its type's items for which every condition holds and whose contact is in at
 * least one of its segments; for a communication plan, the contacts in at least one of its
 * segments. Relative dates ("due 1 day ago") are taken from the day the run started, so a run
 * resumed the next day keeps the audience it began with.
 */
@ApplicationScoped
public class RunAudiences {

  /** The alias of the item's contact in the segments' predicate. */
  private static final String CONTACT = "audience_contact";

  @Inject SegmentRepository segments;
  @Inject SegmentMembership membership;

  Audience of(NotificationRun run) {
    LocalDate day = run.getStartedAt().atZone(ZoneId.systemDefault()).toLocalDate();
    if (run.getPlan() != null) {
      // A plan's items are contacts (contact e): the members of its segments.
      return Audience.EVERY_ITEM.and(
          membership.anyOf(named(run.getPlan().getSegments()), "e", day));
    }
    NotificationType type = run.getType();
    String itemType = type.getItemType();
    // Checked on save; one the entity model has dropped since makes the run notify no one.
    Violations dropped = new Violations();
    Conditions conditions =
        Conditions.parse(
            type.getConditions(), "conditions", Set.of(itemType), ConditionPaths.crm(), dropped);
    if (!dropped.isEmpty()) {
      return new Audience("1 = 0", List.of());
    }
    Audience audience =
        Audience.EVERY_ITEM.and(ConditionSql.crm().compileAll(conditions, itemType, "e", day));
    if (type.getSegments().isEmpty()) {
      return audience;
    }
    return audience.and(
        ConditionSql.crm()
            .ownerSatisfies(
                itemType, "e", CONTACT, membership.anyOf(named(type.getSegments()), CONTACT, day)));
  }

  /** The segments by code; one deleted since selects no one. */
  private List<Segment> named(List<String> codes) {
    return codes.stream().map(segments::findByCode).flatMap(Optional::stream).toList();
  }
}
