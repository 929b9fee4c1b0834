package org.herald.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Human-readable, immutable public numbers ({@code CT000001}, {@code CM000001}) drawn from a
 * database sequence per kind, so every node hands out unique ones; gaps are allowed. The numbers of
 * records made in bulk are taken a block at a time ({@link SequenceBlocks}), which a run making a
 * million communications notices.
 */
@ApplicationScoped
public class PublicNumbers {

  /**
   * The kinds of records that carry a public number: their prefix, their sequence, and how many
   * numbers one {@code nextval} hands out, which must be the sequence's increment.
   */
  public enum Kind {
    CONTACT("CT", "contact_number_seq", 50),
    COMMUNICATION("CM", "communication_number_seq", 50),
    // Few, and made one at a time: their sequences step by one.
    NOTIFICATION_RUN("NR", "notification_run_number_seq", 1),
    NOTIFICATION_SCHEDULE("NS", "notification_schedule_number_seq", 1);

    private final String prefix;
    private final String sequence;
    private final int block;

    Kind(String prefix, String sequence, int block) {
      this.prefix = prefix;
      this.sequence = sequence;
      this.block = block;
    }
  }

  @Inject SequenceBlocks sequences;

  public String next(Kind kind) {
    return format(kind, sequences.next(kind.sequence, kind.block));
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
