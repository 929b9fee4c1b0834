package org.herald.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.condition.ConditionPaths;
import org.herald.condition.ConditionSql;
import org.herald.condition.Conditions;
import org.herald.condition.SqlPredicate;
import org.herald.error.Violations;
import org.herald.segment.Segment;
import org.herald.segment.SegmentMembership;
import org.herald.segment.SegmentRepository;

/**
 * A run's audience: its type's items for which every condition holds and that are in at least one
 * of its segments (through their contact, themselves, or a record on their way to the contact); for
 * a communication plan, the contacts in at least one of its segments. Relative dates ("due 1 day
 * ago") are taken from the day the run started, so a run resumed the next day keeps the audience it
 * began with.
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
    return audience.and(inSegments(type, day));
  }

  /**
   * "In at least one of the type's segments" over the item {@code e}: its contact in a segment of
   * contacts, the item itself or the record it refers to on its way to the contact (its accounts
   * receivable, its rewards participant) in a segment of that record's type.
   */
  private SqlPredicate inSegments(NotificationType type, LocalDate day) {
    String itemType = type.getItemType();
    List<Segment> named = named(type.getSegments());
    List<SqlPredicate> any = new ArrayList<>();
    List<Segment> ofContacts = named.stream().filter(Segment::listsContacts).toList();
    if (!ofContacts.isEmpty()) {
      any.add(
          ConditionSql.crm()
              .ownerSatisfies(itemType, "e", CONTACT, membership.anyOf(ofContacts, CONTACT, day)));
    }
    for (Segment segment : named) {
      // Checked on save: a segment's type is on the item's way to its contact.
      Optional<List<String>> references =
          segment.listsContacts()
              ? Optional.empty()
              : type.getTopic().referencesTo(segment.getEntityType());
      if (references.isEmpty()) {
        continue;
      }
      if (references.get().isEmpty()) {
        any.add(membership.recordIn(segment, "e", day));
      } else {
        String record = "segment_record" + any.size();
        any.add(
            ConditionSql.crm()
                .referencedSatisfies(
                    itemType,
                    "e",
                    references.get(),
                    record,
                    membership.recordIn(segment, record, day)));
      }
    }
    return SqlPredicate.anyOf(any);
  }

  /** The segments by code; one deleted since selects no one. */
  private List<Segment> named(List<String> codes) {
    return codes.stream().map(segments::findByCode).flatMap(Optional::stream).toList();
  }
}
