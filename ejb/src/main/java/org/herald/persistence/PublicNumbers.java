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
    COMMUNICATION("CM", "communication_number_seq");

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

  /** The prefix and at least six digits; by hand, as {@code String.format} costs more per call. */
  static String format(Kind kind, long value) {
    String digits = Long.toString(value);
    StringBuilder number = new StringBuilder(kind.prefix.length() + Math.max(6, digits.length()));
    number.append(kind.prefix);
    for (int i = digits.length(); i < 6; i++) {
      number.append('0');
    }
    return number.append(digits).toString();
  }
}
