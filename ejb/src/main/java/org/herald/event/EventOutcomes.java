package org.herald.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.herald.api.event.AutomationOutcome;
import org.herald.contact.ContactErased;

/**
 * The outcome rows of events, whose primary key (event, automation, medium, address) is the
 * exactly-once guarantee: a row is only ever inserted with {@code ON CONFLICT DO NOTHING}, and only
 * the transaction whose insert took makes the communication. A second transaction on the same key
 * waits for the first on the unique index and then inserts nothing, whichever node it runs on.
 */
@ApplicationScoped
public class EventOutcomes {

  private static final int DETAIL_LENGTH = 1000;

  @PersistenceContext private EntityManager em;

  /**
   * Records the outcome unless one is recorded for the same key; answers whether this call did (and
   * so, for {@code SENT}, whether the caller is the one to make the communication).
   */
  boolean claim(long eventId, long automationId, Outcome outcome) {
    return em.createNativeQuery(
                "INSERT INTO event_outcome (event_id, automation_id, medium, address,"
                    + " automation_code, outcome, detail, communication_number, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .setParameter(1, eventId)
            .setParameter(2, automationId)
            .setParameter(3, outcome.medium())
            .setParameter(4, outcome.address())
            .setParameter(5, outcome.automation())
            .setParameter(6, outcome.outcome().name())
            .setParameter(7, cut(outcome.detail()))
            .setParameter(8, outcome.communication())
            .setParameter(9, OffsetDateTime.now(ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }

  /** What became of a claimed communication: made (its number) or refused (why). */
  void settle(long eventId, long automationId, Outcome outcome) {
    em.createNativeQuery(
            "UPDATE event_outcome SET outcome = ?, detail = ?, communication_number = ?"
                + " WHERE event_id = ? AND automation_id = ? AND medium = ? AND address = ?")
        .setParameter(1, outcome.outcome().name())
        .setParameter(2, cut(outcome.detail()))
        .setParameter(3, outcome.communication())
        .setParameter(4, eventId)
        .setParameter(5, automationId)
        .setParameter(6, outcome.medium())
        .setParameter(7, outcome.address())
        .executeUpdate();
  }

  /**
   * An erased contact's events keep their outcomes, for the counts, without the addresses they went
   * to: each becomes {@code [erased n]}, distinct within the event, as the address is part of the
   * row's key. In the erasure's transaction.
   */
  public void onErased(@Observes ContactErased erased) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT o.event_id, o.automation_id, o.medium, o.address FROM event_outcome o"
                    + " JOIN business_event e ON e.id = o.event_id"
                    + " WHERE e.contact_number = ? AND o.address NOT LIKE '[erased %'")
            .setParameter(1, erased.contactNumber())
            .getResultList();
    int n = 0;
    for (Object row : rows) {
      Object[] key = (Object[]) row;
      em.createNativeQuery(
              "UPDATE event_outcome SET address = ?"
                  + " WHERE event_id = ? AND automation_id = ? AND medium = ? AND address = ?")
          .setParameter(1, "[erased " + ++n + "]")
          .setParameter(2, key[0])
          .setParameter(3, key[1])
          .setParameter(4, key[2])
          .setParameter(5, key[3])
          .executeUpdate();
    }
  }

  /** The event's outcomes, by automation, medium and address. */
  public List<Outcome> of(long eventId) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT automation_code, medium, address, outcome, detail, communication_number"
                    + " FROM event_outcome WHERE event_id = ?"
                    + " ORDER BY automation_code, medium, address")
            .setParameter(1, eventId)
            .getResultList()) {
      Object[] columns = (Object[]) row;
      outcomes.add(
          new Outcome(
              (String) columns[0],
              (String) columns[1],
              (String) columns[2],
              AutomationOutcome.valueOf((String) columns[3]),
              (String) columns[4],
              (String) columns[5]));
    }
    return outcomes;
  }

  private static String cut(String text) {
    return text == null || text.length() <= DETAIL_LENGTH ? text : text.substring(0, DETAIL_LENGTH);
  }
}
