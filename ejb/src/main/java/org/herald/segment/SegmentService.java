package org.herald.segment;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.audit.AuditTrail;
import org.herald.condition.ConditionPaths;
import org.herald.condition.ConditionSql;
import org.herald.condition.Conditions;
import org.herald.contact.Contact;
import org.herald.contact.ContactRepository;
import org.herald.entity.EntityModel;
import org.herald.entity.ReferringEntity;
import org.herald.entity.ReferringEntityRepository;
import org.herald.entity.ReferringEntityService;
import org.herald.error.IllegalTransitionException;
import org.herald.error.InvalidInputException;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.persistence.OrderedLists;

/** Keeps segments and the members of static ones; answers who the members are, live. */
@Stateless
public class SegmentService {

  public static final String AUDIT_SUBJECT = "segment";

  static final int NAME_LENGTH = 200;

  /** Contacts one call or one imported file may add or remove. */
  public static final int MAX_CHANGES = 10_000;

  @Inject SegmentRepository segments;
  @Inject SegmentMembership membership;
  @Inject ContactRepository contacts;
  @Inject ReferringEntityRepository entities;
  @Inject OrderedLists lists;
  @Inject AuditTrail audit;
  @Inject @Any Instance<SegmentUsers> users;
  @PersistenceContext EntityManager em;

  public Segment create(String code, SegmentDetails details) {
    Violations violations = new Violations();
    if (violations.code("code", code) && segments.findByCode(code).isPresent()) {
      violations.add("code", "DUPLICATE", "segment " + code + " exists already");
    }
    SegmentKind kind =
        details.kind() == null
            ? SegmentKind.CONDITIONS
            : violations.enumValue("kind", SegmentKind.class, details.kind());
    String entityType =
        details.entityType() == null ? EntityModel.CONTACT_INFORMATION : details.entityType();
    if (EntityModel.crm().type(entityType).isEmpty()) {
      violations.add("entityType", "UNKNOWN_ENTITY_TYPE", "no entity type " + entityType);
      entityType = null;
    }
    Conditions conditions = check(details, kind, entityType, violations);
    violations.throwIfAny();
    Segment segment =
        new Segment(code, kind, entityType, details.name(), conditions, Instant.now());
    segments.add(segment);
    audit.record(AUDIT_SUBJECT, code, "created");
    return segment;
  }

  /** Renames it and, by conditions, replaces them; its kind and entity type cannot change. */
  public Segment update(String code, SegmentDetails details) {
    Segment segment = get(code);
    Violations violations = new Violations();
    if (details.kind() != null && !details.kind().equals(segment.getKind().name())) {
      violations.add("kind", "IMMUTABLE", "a segment's kind cannot change");
    }
    if (details.entityType() != null && !details.entityType().equals(segment.getEntityType())) {
      violations.add("entityType", "IMMUTABLE", "a segment's entity type cannot change");
    }
    Conditions conditions = check(details, segment.getKind(), segment.getEntityType(), violations);
    violations.throwIfAny();
    lists.replace(
        segment::emptyConditions, () -> segment.revise(details.name(), conditions, Instant.now()));
    audit.record(AUDIT_SUBJECT, code, "changed");
    return segment;
  }

  /**
   * The conditions, over the contact and the entities that belong to it for a segment of contacts,
   * else over the segment's entity type and what it refers to (null: an unknown type).
   */
  private static Conditions check(
      SegmentDetails details, SegmentKind kind, String entityType, Violations violations) {
    violations.require("name", details.name());
    violations.maxLength("name", details.name(), NAME_LENGTH);
    if (kind == SegmentKind.STATIC && !details.conditions().isEmpty()) {
      violations.add("conditions", "NOT_ALLOWED", "a static segment has members, not conditions");
      return Conditions.none();
    }
    if (kind == SegmentKind.CONDITIONS && details.conditions().isEmpty()) {
      violations.add("conditions", "REQUIRED", "a segment by conditions needs at least one");
    }
    return Conditions.parse(
        details.conditions(),
        "conditions",
        entityType == null ? null : roots(entityType),
        ConditionPaths.crm(),
        violations);
  }

  /** The entity types a segment's condition paths may start at. */
  public static Set<String> roots(String entityType) {
    return entityType.equals(EntityModel.CONTACT_INFORMATION)
        ? ConditionSql.crm().contactRoots()
        : Set.of(entityType);
  }

  public Segment get(String code) {
    return segments
        .findByCode(code)
        .orElseThrow(() -> new UnknownResourceException("segment", code));
  }

  /**
   * Removes a segment no one names: one an automation names answers 409 naming them, and nothing is
   * deleted (an automation naming a segment that is gone would match no contact, silently).
   */
  public void delete(String code) {
    Segment segment = get(code);
    List<String> named = new ArrayList<>();
    for (SegmentUsers kind : users) {
      List<String> naming = kind.naming(code);
      if (!naming.isEmpty()) {
        named.add(kind.kind() + " " + String.join(", ", naming));
      }
    }
    if (!named.isEmpty()) {
      throw new IllegalTransitionException(
          "Segment "
              + code
              + " is named by "
              + String.join("; ", named)
              + ": take it out of them first");
    }
    segments.remove(segment);
    audit.record(AUDIT_SUBJECT, code, "deleted");
  }

  public ResultPage<Segment> list(PageRequest page) {
    return segments.list(page);
  }

  public ResultPage<SegmentMembership.Member> members(String code, PageRequest page) {
    return membership.members(get(code), page);
  }

  public long count(String code) {
    return membership.count(get(code));
  }

  /** Adds contacts (by number) to a static segment; each answered on its own, by position. */
  public List<MemberChange> add(String code, List<String> contactNumbers) {
    Segment segment = staticSegment(code);
    checkSize(contactNumbers.size());
    List<MemberChange> changes = new ArrayList<>();
    for (int i = 0; i < contactNumbers.size(); i++) {
      changes.add(add(segment, i, contactNumbers.get(i)));
    }
    return changes;
  }

  /** Removes contacts (by number) from a static segment; each answered on its own. */
  public List<MemberChange> remove(String code, List<String> contactNumbers) {
    Segment segment = staticSegment(code);
    checkSize(contactNumbers.size());
    List<MemberChange> changes = new ArrayList<>();
    for (int i = 0; i < contactNumbers.size(); i++) {
      String number = contactNumbers.get(i);
      Optional<Long> member = number == null ? Optional.empty() : memberId(segment, number);
      if (member.isEmpty()) {
        changes.add(new MemberChange(i, number, unknown(segment)));
        continue;
      }
      int removed =
          em.createNativeQuery(
                  "DELETE FROM "
                      + SegmentMembership.memberTable(segment)
                      + " WHERE segment_id = ? AND "
                      + SegmentMembership.memberColumn(segment)
                      + " = ?")
              .setParameter(1, segment.getId())
              .setParameter(2, member.get())
              .executeUpdate();
      changes.add(
          new MemberChange(
              i,
              number,
              removed > 0 ? MemberChange.Status.REMOVED : MemberChange.Status.NOT_MEMBER));
    }
    return changes;
  }

  /**
   * Imports a CSV of contact numbers (the first column; a header line {@code number} is skipped, as
   * are blank lines) into a static segment, answering each line (1-based) with what it did.
   */
  public List<MemberChange> importCsv(String code, String csv) {
    Segment segment = staticSegment(code);
    String[] lines = csv == null ? new String[0] : csv.split("\r?\n", -1);
    checkSize(lines.length);
    List<MemberChange> changes = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String first = lines[i].split("[,;]", 2)[0].trim().replace("\"", "");
      if (first.isEmpty() || (i == 0 && first.equalsIgnoreCase("number"))) {
        continue;
      }
      changes.add(add(segment, i + 1, first));
    }
    return changes;
  }

  private MemberChange add(Segment segment, int line, String number) {
    if (number == null
        || number.isBlank()
        || number.length()
            > (segment.listsContacts() ? 20 : ReferringEntityService.NUMBER_LENGTH)) {
      return new MemberChange(line, number, MemberChange.Status.INVALID);
    }
    Optional<Long> member = memberId(segment, number);
    if (member.isEmpty()) {
      return new MemberChange(line, number, unknown(segment));
    }
    int added =
        em.createNativeQuery(
                "INSERT INTO "
                    + SegmentMembership.memberTable(segment)
                    + " (segment_id, "
                    + SegmentMembership.memberColumn(segment)
                    + ") VALUES (?, ?) ON CONFLICT DO NOTHING")
            .setParameter(1, segment.getId())
            .setParameter(2, member.get())
            .executeUpdate();
    return new MemberChange(
        line, number, added > 0 ? MemberChange.Status.ADDED : MemberChange.Status.ALREADY_MEMBER);
  }

  /** The id of the contact, or the record of the segment's entity type, numbered so. */
  private Optional<Long> memberId(Segment segment, String number) {
    return segment.listsContacts()
        ? contacts.findByNumber(number).map(Contact::getId)
        : entities.findStored(segment.getEntityType(), number).map(ReferringEntity::getId);
  }

  private static MemberChange.Status unknown(Segment segment) {
    return segment.listsContacts()
        ? MemberChange.Status.UNKNOWN_CONTACT
        : MemberChange.Status.UNKNOWN_ENTITY;
  }

  private Segment staticSegment(String code) {
    Segment segment = get(code);
    if (segment.getKind() != SegmentKind.STATIC) {
      throw new IllegalTransitionException(
          "segment " + code + " is defined by conditions; only a static one has members added");
    }
    return segment;
  }

  private static void checkSize(int size) {
    if (size > MAX_CHANGES) {
      throw InvalidInputException.of(
          "contacts", "OUT_OF_RANGE", "at most " + MAX_CHANGES + " contacts at a time");
    }
  }
}
