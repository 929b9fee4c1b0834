package org.herald.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Human-readable, immutable public numbers ({@code CT000001}, {@code CM000001}) drawn from a
 * database sequence per kind, so every node hands out unique ones; gaps are allowed.
 */
@ApplicationScoped
public class PublicNumbers {

  /** The kinds of records that carry a public number, with their prefix and sequence. */
  public enum Kind {
    CONTACT("CT", "contact_number_seq"),
    COMMUNICATION("CM", "communication_number_seq"),
    NOTIFICATION_RUN("NR", "notification_run_number_seq"),
    NOTIFICATION_SCHEDULE("NS", "notification_schedule_number_seq");

    private final String prefix;
    private final String sequence;

    Kind(String prefix, String sequence) {
      this.prefix = prefix;
      this.sequence = sequence;
    }
  }

  @PersistenceContext private EntityManager em;

  public String next(Kind kind) {
    Number value =
        (Number) em.createNativeQuery("SELECT nextval('" + kind.sequence + "')").getSingleResult();
    return format(kind, value.longValue());
  }

  static String format(Kind kind, long value) {
    return String.format("%s%06d", kind.prefix, value);
  }
}
