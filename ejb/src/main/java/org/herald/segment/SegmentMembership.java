package org.herald.segment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herald.condition.ConditionPaths;
import org.herald.condition.ConditionSql;
import org.herald.condition.Conditions;
import org.herald.condition.SqlPredicate;
import org.herald.error.Violations;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/**
 * Who is in a segment, asked of the database each time (never a list rebuilt by a timer): a
 * condition-based segment's conditions compiled to SQL over the contact table, a static one's
 * member rows.
 */
@ApplicationScoped
public class SegmentMembership {

  private final ConditionSql sql = ConditionSql.crm();

  @PersistenceContext private EntityManager em;

  /** A member as lists show it. */
  public record Member(String number, String name) {}

  /** Whether the contact belongs to at least one of the segments (unknown codes: to none). */
  public boolean inAny(List<Segment> segments, long contactId) {
    for (Segment segment : segments) {
      SqlPredicate membership = predicate(segment);
      Query query =
          em.createNativeQuery(
              "SELECT COUNT(*) FROM contact c WHERE c.id = ? AND " + membership.sql());
      query.setParameter(1, contactId);
      bind(query, membership, 2);
      if (((Number) query.getSingleResult()).longValue() > 0) {
        return true;
      }
    }
    return false;
  }

  /** A page of the segment's members, by contact number. */
  public ResultPage<Member> members(Segment segment, PageRequest page) {
    SqlPredicate membership = predicate(segment);
    Query query =
        em.createNativeQuery(
            "SELECT c.number, c.name FROM contact c WHERE "
                + membership.sql()
                + " ORDER BY c.number "
                + (page.ascending() ? "ASC" : "DESC"));
    bind(query, membership, 1);
    query.setFirstResult(page.firstResult()).setMaxResults(page.size());
    List<Member> members = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      members.add(new Member((String) columns[0], (String) columns[1]));
    }
    return new ResultPage<>(members, page, count(segment));
  }

  public long count(Segment segment) {
    SqlPredicate membership = predicate(segment);
    Query query = em.createNativeQuery("SELECT COUNT(*) FROM contact c WHERE " + membership.sql());
    bind(query, membership, 1);
    return ((Number) query.getSingleResult()).longValue();
  }

  /**
   * "In at least one of the segments" as SQL over the contact row aliased {@code contact}, with the
   * segments' relative dates taken from {@code today} (a run's date); none: no one.
   */
  public SqlPredicate anyOf(List<Segment> segments, String contact, LocalDate today) {
    if (segments.isEmpty()) {
      return new SqlPredicate("1=0", List.of());
    }
    List<String> each = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    for (Segment segment : segments) {
      SqlPredicate membership = predicate(segment, contact, today);
      each.add(membership.sql());
      parameters.addAll(membership.parameters());
    }
    return new SqlPredicate("(" + String.join(" OR ", each) + ")", parameters);
  }

  private SqlPredicate predicate(Segment segment) {
    return predicate(segment, "c", LocalDate.now());
  }

  /** The segment's membership as SQL over the contact row {@code contact}. */
  private SqlPredicate predicate(Segment segment, String contact, LocalDate today) {
    if (segment.getKind() == SegmentKind.STATIC) {
      return new SqlPredicate(
          "EXISTS (SELECT 1 FROM segment_member m WHERE m.segment_id = ? AND m.contact_id = "
              + contact
              + ".id)",
          List.of(segment.getId()));
    }
    // Stored conditions were checked on save; one the model has dropped since selects no one.
    Violations ignored = new Violations();
    Conditions conditions =
        Conditions.parse(
            segment.getConditions(),
            "conditions",
            sql.contactRoots(),
            ConditionPaths.crm(),
            ignored);
    if (!ignored.isEmpty() && conditions.isEmpty()) {
      return new SqlPredicate("1=0", List.of());
    }
    return sql.compile(conditions, contact, today);
  }

  private static void bind(Query query, SqlPredicate predicate, int from) {
    for (int i = 0; i < predicate.parameters().size(); i++) {
      query.setParameter(from + i, predicate.parameters().get(i));
    }
  }
}
