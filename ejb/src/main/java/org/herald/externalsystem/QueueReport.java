package org.herald.externalsystem;

import java.util.List;
import org.herald.api.QueueState;
import org.herald.api.problem.FieldError;
import org.herald.error.Violations;
import org.herald.queue.PulledEntry;
import org.herald.queue.QueueEntry;

/**
 * An external system's report on one of its entries: the state the entry reached there, and for a
 * rejection its error code and reason.
 */
public record QueueReport(
    String communicationNumber, QueueState state, String errorCode, String errorReason) {

  /** The longest error code kept: the reason is cut to fit, but a cut code would mislead. */
  static final int MAX_CODE = 50;

  /** What the report itself gets wrong, fields named as in the report ({@code errorCode}). */
  public List<FieldError> faults() {
    Violations violations = new Violations();
    if (state == null) {
      violations.add("state", "REQUIRED", "is required");
    } else if (state == QueueState.PENDING) {
      // An entry is pending until its system says otherwise: it cannot go back.
      violations.add(
          "state", "UNKNOWN_VALUE", "must be COMPLETED, REJECTED or COMPLETED_AND_REMOVED");
    }
    if (state == QueueState.REJECTED && (errorCode == null || errorCode.isBlank())) {
      violations.add("errorCode", "REQUIRED", "is required to reject");
    }
    violations.maxLength("errorCode", errorCode, MAX_CODE);
    return violations.errors();
  }

  /**
   * What became of one report: {@code entry} as the report left it; {@code detail} why it was not;
   * {@code faults} of an invalid one.
   */
  public record Outcome(Result result, PulledEntry entry, String detail, List<FieldError> faults) {

    /** What a report can come to, as a single change would be answered. */
    public enum Result {
      REPORTED,
      UNKNOWN,
      ILLEGAL_TRANSITION,
      INVALID
    }

    static Outcome reported(QueueEntry entry) {
      // As it is now: a later report of the batch on the same entry must not change this answer.
      return new Outcome(Result.REPORTED, PulledEntry.of(entry), null, List.of());
    }

    static Outcome unknown(String communicationNumber) {
      return new Outcome(Result.UNKNOWN, null, "No queue entry " + communicationNumber, List.of());
    }

    static Outcome illegal(String why) {
      return new Outcome(Result.ILLEGAL_TRANSITION, null, why, List.of());
    }

    static Outcome invalid(List<FieldError> faults) {
      return new Outcome(Result.INVALID, null, faults.get(0).message(), faults);
    }
  }
}
