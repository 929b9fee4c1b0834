package org.herald.segment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.condition.ConditionPaths;
import org.herald.condition.ConditionSql;
import org.herald.condition.Conditions;
import org.herald.condition.SqlPredicate;
import org.herald.error.Violations;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/**
 * Who is in a segment, asked of the database each time (never a list rebuilt by a timer): a
 * condition-based segment's conditions compiled to SQL over the contact table (or, for a segment of
 * another entity type, over that type's referring entities), a static one's member rows.
 */
@ApplicationScoped
public class SegmentMembership {

  private final ConditionSql sql = ConditionSql.crm();

  @PersistenceContext private EntityManager em;

  /** A member as lists show it: a contact's number and name, or a record's number. */
  public record Member(String number, String name) {}

  /**
   * Whether the contact belongs to at least one of the segments (unknown codes: to none; a segment
   * of another entity type lists no contact).
   */
  public boolean inAny(List<Segment> segments, long contactId) {
    return membersAmong(segments, List.of(contactId)).contains(contactId);
  }

  /**
   * Which of these contacts belong to at least one of the segments: a query per segment for all of
   * them (a batch of events asks about its contacts together), not one per contact.
   */
  public Set<Long> membersAmong(List<Segment> segments, Collection<Long> contactIds) {
    Set<Long> members = new HashSet<>();
    for (Segment segment : segments) {
      List<Long> unknown = contactIds.stream().filter(id -> !members.contains(id)).toList();
      if (!segment.listsContacts() || unknown.isEmpty()) {
        continue;
      }
      SqlPredicate membership = predicate(segment);
      Query query =
          em.createNativeQuery(
              "SELECT c.id FROM contact c WHERE c.id IN ("
                  + String.join(", ", Collections.nCopies(unknown.size(), "?"))
                  + ") AND "
                  + membership.sql());
      for (int i = 0; i < unknown.size(); i++) {
        query.setParameter(i + 1, unknown.get(i));
      }
      bind(query, membership, unknown.size() + 1);
      for (Object id : query.getResultList()) {
        members.add(((Number) id).longValue());
      }
    }
    return members;
  }

  /** A page of the segment's members, by number (contacts', or its entity type's records'). */
  public ResultPage<Member> members(Segment segment, PageRequest page) {
    SqlPredicate membership = within(segment);
    Query query =
        em.createNativeQuery(
            "SELECT c.number, "
                + (segment.listsContacts() ? "c.name" : "c.number")
                + " FROM "
                + membership.sql()
                + " ORDER BY c.number "
                + (page.ascending() ? "ASC" : "DESC"));
    bind(query, membership, 1);
    query.setFirstResult(page.firstResult()).setMaxResults(page.size());
    List<Member> members = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      members.add(
          new Member((String) columns[0], segment.listsContacts() ? (String) columns[1] : null));
    }
    return new ResultPage<>(members, page, count(segment));
  }

  public long count(Segment segment) {
    SqlPredicate membership = within(segment);
    Query query = em.createNativeQuery("SELECT COUNT(*) FROM " + membership.sql());
    bind(query, membership, 1);
    return ((Number) query.getSingleResult()).longValue();
  }

  /** The members' table aliased {@code c}, restricted to the members ("FROM" left out). */
  private SqlPredicate within(Segment segment) {
    SqlPredicate membership = predicate(segment);
    if (segment.listsContacts()) {
      return new SqlPredicate("contact c WHERE " + membership.sql(), membership.parameters());
    }
    List<Object> parameters = new ArrayList<>(List.of(segment.getEntityType()));
    parameters.addAll(membership.parameters());
    return new SqlPredicate(
        "referring_entity c WHERE c.type = ? AND " + membership.sql(), parameters);
  }

  /**
   * "In at least one of the segments" as SQL over the contact row aliased {@code contact}, with the
   * segments' relative dates taken from {@code today} (a run's date); none, or none of contacts: no
   * one.
   */
  public SqlPredicate anyOf(List<Segment> segments, String contact, LocalDate today) {
    return SqlPredicate.anyOf(
        segments.stream()
            .filter(Segment::listsContacts)
            .map(segment -> predicate(segment, contact, today))
            .toList());
  }

  /**
   * "In the segment" as SQL over the {@code referring_entity} row aliased {@code record}, of the
   * segment's entity type, with relative dates taken from {@code today}.
   */
  public SqlPredicate recordIn(Segment segment, String record, LocalDate today) {
    if (segment.listsContacts()) {
      throw new IllegalArgumentException("segment " + segment.getCode() + " lists contacts");
    }
    return predicate(segment, record, today);
  }

  private SqlPredicate predicate(Segment segment) {
    return predicate(segment, "c", LocalDate.now());
  }

  /**
   * The segment's membership as SQL over the row {@code alias}: of the contact table for a segment
   * of contacts, else of the {@code referring_entity} table.
   */
  private SqlPredicate predicate(Segment segment, String alias, LocalDate today) {
    if (segment.getKind() == SegmentKind.STATIC) {
      return new SqlPredicate(
          "EXISTS (SELECT 1 FROM "
              + memberTable(segment)
              + " m WHERE m.segment_id = ? AND m."
              + memberColumn(segment)
              + " = "
              + alias
              + ".id)",
          List.of(segment.getId()));
    }
    // Stored conditions were checked on save; one the model has dropped since selects no one.
    Violations ignored = new Violations();
    Conditions conditions =
        Conditions.parse(
            segment.getConditions(),
            "conditions",
            SegmentService.roots(segment.getEntityType()),
            ConditionPaths.crm(),
            ignored);
    if (!ignored.isEmpty() && conditions.isEmpty()) {
      return new SqlPredicate("1=0", List.of());
    }
    return segment.listsContacts()
        ? sql.compile(conditions, alias, today)
        : sql.compileAny(conditions, segment.getEntityType(), alias, today);
  }

  /** Where a static segment's members are kept: contacts, or referring entities. */
  static String memberTable(Segment segment) {
    return segment.listsContacts() ? "segment_member" : "segment_entity_member";
  }

  static String memberColumn(Segment segment) {
    return segment.listsContacts() ? "contact_id" : "entity_id";
  }

  private static void bind(Query query, SqlPredicate predicate, int from) {
    for (int i = 0; i < predicate.parameters().size(); i++) {
      query.setParameter(from + i, predicate.parameters().get(i));
    }
  }
}
