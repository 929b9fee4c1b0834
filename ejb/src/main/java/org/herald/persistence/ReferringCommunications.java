package org.herald.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Which communications refer to something that is about to be deleted (a template, a referring
 * entity), so the deletion can be refused naming them: a communication keeps what it was made from.
 * Native SQL on the communication tables, so the areas below communications need not know the
 * entity (their layer may not reach it).
 */
@ApplicationScoped
public class ReferringCommunications {

  /** How many are named in a refusal; the count says how many more there are. */
  private static final int NAMED = 3;

  @PersistenceContext private EntityManager em;

  /** Communications that refer to them: a count and the first few numbers. */
  public record Found(long count, List<String> first) {

    public boolean any() {
      return count > 0;
    }

    /** "2 communications refer to it (CM000001, CM000002)", "… (CM000001, … and 7 more)". */
    public String describe() {
      String named = String.join(", ", first);
      long more = count - first.size();
      return count
          + (count == 1 ? " communication refers" : " communications refer")
          + " to it ("
          + named
          + (more > 0 ? ", … and " + more + " more" : "")
          + ")";
    }
  }

  public Found toTemplate(String code) {
    return found(
        "SELECT number FROM communication WHERE template_code = ?1 ORDER BY id",
        "SELECT COUNT(*) FROM communication WHERE template_code = ?1",
        code,
        null);
  }

  public Found toEntity(String type, String number) {
    String where = " WHERE e.entity_type = ?1 AND e.entity_number = ?2";
    return found(
        "SELECT c.number FROM communication c JOIN communication_entity e"
            + " ON e.communication_id = c.id"
            + where
            + " ORDER BY c.id",
        "SELECT COUNT(DISTINCT e.communication_id) FROM communication_entity e" + where,
        type,
        number);
  }

  private Found found(String numbersSql, String countSql, String first, String second) {
    var numbers = em.createNativeQuery(numbersSql).setParameter(1, first).setMaxResults(NAMED);
    var count = em.createNativeQuery(countSql).setParameter(1, first);
    if (second != null) {
      numbers.setParameter(2, second);
      count.setParameter(2, second);
    }
    long total = ((Number) count.getSingleResult()).longValue();
    if (total == 0) {
      return new Found(0, List.of());
    }
    List<String> named = numbers.getResultList().stream().map(String::valueOf).distinct().toList();
    return new Found(total, named);
  }
}
