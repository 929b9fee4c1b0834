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
import org.herald.persistence.JdbcBatch;

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

  /** An outcome of one automation for one event. */
  record Keyed(long eventId, long automationId, Outcome outcome) {}

  /**
   * Records each outcome unless one is recorded for the same key, in one batch; answers, in order,
   * whether this call recorded it (and so, for {@code SENT}, whether the caller is the one to make
   * the communication).
   */
  boolean[] claimAll(List<Keyed> outcomes) {
    int[] inserted =
        JdbcBatch.run(
            em,
            "INSERT INTO event_outcome (event_id, automation_id, medium, address,"
                + " automation_code, outcome, detail, communication_number, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            outcomes,
            (statement, keyed) -> {
              Outcome outcome = keyed.outcome();
              statement.setLong(1, keyed.eventId());
              statement.setLong(2, keyed.automationId());
              statement.setString(3, outcome.medium());
              statement.setString(4, outcome.address());
              statement.setString(5, outcome.automation());
              statement.setString(6, outcome.outcome().name());
              statement.setString(7, cut(outcome.detail()));
              statement.setString(8, outcome.communication());
              statement.setObject(9, OffsetDateTime.now(ZoneOffset.UTC));
            });
    boolean[] claimed = new boolean[inserted.length];
    for (int i = 0; i < inserted.length; i++) {
      claimed[i] = inserted[i] == 1;
    }
    return claimed;
  }

  /** What became of claimed communications: made (their numbers) or refused (why); one batch. */
  void settleAll(List<Keyed> outcomes) {
    JdbcBatch.run(
        em,
        "UPDATE event_outcome SET outcome = ?, detail = ?, communication_number = ?"
            + " WHERE event_id = ? AND automation_id = ? AND medium = ? AND address = ?",
        outcomes,
        (statement, keyed) -> {
          Outcome outcome = keyed.outcome();
          statement.setString(1, outcome.outcome().name());
          statement.setString(2, cut(outcome.detail()));
          statement.setString(3, outcome.communication());
          statement.setLong(4, keyed.eventId());
          statement.setLong(5, keyed.automationId());
          statement.setString(6, outcome.medium());
          statement.setString(7, outcome.address());
        });
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
